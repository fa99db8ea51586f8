/** The values two sorted, duplicate-free lists share, in their order (one merge pass). */
export function intersectSorted<T extends string>(left: readonly T[], right: readonly T[]): T[] {
  const shared: T[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    if (left[i] === right[j]) {
      shared.push(left[i]);
      i += 1;
      j += 1;
    } else if (left[i] < right[j]) {
      i += 1;
    } else {
      j += 1;
    }
  }
  return shared;
}
