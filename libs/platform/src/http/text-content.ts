// Reflect.getMetadata/defineMetadata; Nest loads it too, but this module must work on its own.
import 'reflect-metadata';
/** Marks a string property whose text may span lines (read by the validation pipe). */
const MULTILINE_TEXT = Symbol('icn:multiline-text');

/**
 * A string property that may contain tab, line feed and carriage return (descriptions, notes).
 * Every other string in a request rejects them; no string accepts any other control character.
 */
export function MultilineText(): PropertyDecorator {
  return (target, propertyKey) => Reflect.defineMetadata(MULTILINE_TEXT, true, target, propertyKey);
}

export function isMultilineText(target: object, propertyKey: string): boolean {
  return Reflect.getMetadata(MULTILINE_TEXT, target, propertyKey) === true;
}

// Cc is the C0 controls (NUL to US), DEL and the C1 controls; the multi-line variant leaves out
// TAB, LF and CR.
const CONTROL = /\p{Cc}/u;
const CONTROL_EXCEPT_LINE_BREAKS = /(?![\t\n\r])\p{Cc}/u;
// With the `u` flag a well-formed surrogate pair is one code point; only a lone half matches.
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Why `text` cannot be stored, or undefined. NUL bytes break C-string consumers and some
 * databases, control characters corrupt logs, CSV and iCalendar output, and a lone surrogate is
 * not Unicode at all (UTF-8 encoders replace or reject it, so the value changes in transit).
 */
export function textContentIssue(text: string, multiline: boolean): string | undefined {
  if (LONE_SURROGATE.test(text)) return 'must not contain unpaired UTF-16 surrogates';
  if ((multiline ? CONTROL_EXCEPT_LINE_BREAKS : CONTROL).test(text)) {
    return multiline ? 'must not contain control characters other than tab and line breaks' : 'must not contain control characters';
  }
  return undefined;
}
