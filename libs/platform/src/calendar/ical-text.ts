/*
 * The generic parts of writing iCalendar (RFC 5545) that every feed of the platform needs: text
 * escaping, line folding and UTC date-times. What goes into a calendar stays with each service.
 */

/** `20250131T235959Z` (a UTC DATE-TIME, RFC 5545 §3.3.5 form #2). */
export function formatUtc(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** TEXT escaping (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets are folded: CRLF + one space (never splitting a UTF-8 character). */
export function fold(line: string): string {
  if (Buffer.byteLength(line, 'utf8') <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let limit = 75;
  for (const char of line) {
    if (Buffer.byteLength(current + char, 'utf8') > limit) {
      parts.push(current);
      current = '';
      limit = 74; // continuation lines start with the folding space
    }
    current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Content lines as a calendar file: each folded, CRLF-terminated (RFC 5545 §3.1). */
export function joinContentLines(lines: readonly string[]): string {
  return lines.map(fold).join('\r\n') + '\r\n';
}
