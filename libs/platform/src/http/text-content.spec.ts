import { textContentIssue } from './text-content';

describe('textContentIssue', () => {
  it('accepts ordinary text, accents, emoji (surrogate pairs) and RTL scripts', () => {
    for (const text of ['Acme GmbH', 'Société Générale', 'Zürich – Genève', '😀 cluster', 'مجموعة', '']) {
      expect(textContentIssue(text, false)).toBeUndefined();
    }
  });

  it.each(['a\u0000b', 'a\u0001', '\u001b[31m', 'x\u007f', 'x\u0085', 'a\tb', 'a\nb', 'a\rb'])('rejects control character in %j on one line', (text) => {
    expect(textContentIssue(text, false)).toBe('must not contain control characters');
  });

  it('lets multi-line text keep tab and line breaks, and nothing else', () => {
    expect(textContentIssue('line 1\r\n\tline 2', true)).toBeUndefined();
    expect(textContentIssue('line 1\u0000', true)).toBe('must not contain control characters');
  });

  it.each(['\ud800', 'a\udc00b', '\udbff\ud800', 'end\ud83d'])('rejects the lone surrogate in %j', (text) => {
    expect(textContentIssue(text, true)).toBe('must not contain unpaired UTF-16 surrogates');
  });
});
