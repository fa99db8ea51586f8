/**
 * Reading a submitted form (`new FormData(form)`) into the values an API body wants. Empty
 * optional fields become undefined, so they are left out of the body rather than sent as "".
 */
export function textOf(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

export function optionalTextOf(data: FormData, name: string): string | undefined {
  const value = textOf(data, name);
  return value === '' ? undefined : value;
}

/** A number input; an empty one is undefined, anything else goes to the API as typed, which judges it. */
export function optionalNumberOf(data: FormData, name: string): number | undefined {
  const value = textOf(data, name);
  return value === '' ? undefined : Number(value);
}

/** A textarea with one item per line (offers, needs), blank lines dropped. */
export function linesOf(data: FormData, name: string): string[] {
  return textOf(data, name)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** A comma-separated input (technology tags). */
export function commaListOf(data: FormData, name: string): string[] {
  return textOf(data, name)
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Every checked value of a checkbox group. */
export function checkedValuesOf(data: FormData, name: string): string[] {
  return data.getAll(name).filter((value): value is string => typeof value === 'string');
}
