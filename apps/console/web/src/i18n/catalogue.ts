import { en } from './en';

/**
 * Every text the console shows, in one catalogue per language (issue 12: translatable). A page's
 * texts live in its own section (en/<page>.ts) so pages can be written side by side; the keys are
 * typed, so a missing or misspelt key is a compile error, and a translation must have them all.
 */
export type MessageKey = keyof typeof en;
export type Catalogue = Readonly<Record<MessageKey, string>>;

const catalogues: Readonly<Record<string, Catalogue>> = { en };

export const LANGUAGE = 'en';

/** The text for `key`, with `{name}` placeholders filled from `values`. */
export function t(key: MessageKey, values: Readonly<Record<string, string | number>> = {}): string {
  const template = (catalogues[LANGUAGE] ?? en)[key];
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    return value === undefined ? placeholder : String(value);
  });
}

const numberFormat = new Intl.NumberFormat(LANGUAGE);
const dateFormat = new Intl.DateTimeFormat(LANGUAGE, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(LANGUAGE, { dateStyle: 'medium', timeStyle: 'short' });
const euroFormat = new Intl.NumberFormat(LANGUAGE, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

export const format = {
  number: (value: number): string => numberFormat.format(value),
  euros: (value: number): string => euroFormat.format(value),
  date: (iso: string): string => dateFormat.format(new Date(iso)),
  dateTime: (iso: string): string => dateTimeFormat.format(new Date(iso)),
};
