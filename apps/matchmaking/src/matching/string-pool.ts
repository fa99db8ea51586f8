/** Returns the pooled copy of a string (the same value, so a literal type survives). */
export type Intern = <T extends string>(value: T) => T;

/**
 * One copy of each distinct string. Snapshots decoded from events carry their own copy of every
 * sector, tag, country and word; 100,000 organisations share a few thousand distinct ones, so the
 * index keeps profiles' strings from here rather than a copy per organisation. The pool only grows,
 * bounded by the vocabulary members actually use.
 */
export class StringPool {
  private readonly strings = new Map<string, string>();

  get size(): number {
    return this.strings.size;
  }

  readonly intern: Intern = <T extends string>(value: T): T => {
    const pooled = this.strings.get(value);
    if (pooled === undefined) {
      this.strings.set(value, value);
      return value;
    }
    // The pool maps each string to an equal string, so the pooled copy has the caller's type too.
    return pooled as T;
  };
}

/** For callers that keep no pool: every string as it is. */
export const NO_POOL: Intern = (value) => value;
