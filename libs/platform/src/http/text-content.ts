import { getMetadataStorage, ValidateBy } from 'class-validator';

const MULTILINE_TEXT = 'multilineText';

/**
 * A string property that may contain tab, line feed and carriage return (descriptions, notes).
 * Every other string in a request rejects them; no string accepts any other control character.
 * It is recorded as a (always passing) class-validator constraint rather than plain metadata so
 * that mapped types (`PartialType`, `OmitType`, …) carry it over like the other constraints.
 */
export function MultilineText(): PropertyDecorator {
  return ValidateBy({ name: MULTILINE_TEXT, validator: { validate: () => true } });
}

const multilineProperties = new WeakMap<object, ReadonlySet<string>>();

/** Whether `propertyKey` of the class `target` (a constructor) is declared `@MultilineText()`. */
export function isMultilineText(target: object, propertyKey: string): boolean {
  let properties = multilineProperties.get(target);
  if (properties === undefined) {
    const metadata = typeof target === 'function' ? getMetadataStorage().getTargetValidationMetadatas(target, '', true, false) : [];
    properties = new Set(metadata.filter((item) => item.name === MULTILINE_TEXT).map((item) => item.propertyName));
    multilineProperties.set(target, properties);
  }
  return properties.has(propertyKey);
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
  if ((multiline ? CONTROL_EXCEPT_LINE_BREAKS : CONTROL).test(text)) return 'must not contain control characters';
  return undefined;
}
