/**
 * Finds the first value of a JSON text nested deeper than `maxDepth` objects/arrays and returns
 * its path (`a.b.0.c`), or undefined when the text stays within the bound. It scans the raw text
 * once, without recursion, so it is safe on any input; the platform runs it before `JSON.parse`
 * because everything after parsing (class-transformer, class-validator, idempotency's canonical
 * JSON) recurses and would overflow the stack on a body a few thousand levels deep.
 */
export function findTooDeepJsonPath(text: string, maxDepth: number): string | undefined {
  const stack: Frame[] = [];
  let inString = false;
  let escaped = false;
  let stringStart = 0;
  let stringIsKey = false;

  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') {
        inString = false;
        const top = stack[stack.length - 1];
        if (stringIsKey && top !== undefined) top.key = text.slice(stringStart, i);
      }
      continue;
    }
    const top = stack[stack.length - 1];
    switch (char) {
      case '"':
        inString = true;
        stringStart = i + 1;
        stringIsKey = top !== undefined && top.kind === 'object' && top.expectingKey;
        break;
      case '{':
      case '[':
        if (stack.length >= maxDepth) return pathOf(stack);
        stack.push({ kind: char === '{' ? 'object' : 'array', key: '', index: 0, expectingKey: true });
        break;
      case '}':
      case ']':
        stack.pop();
        break;
      case ':':
        if (top !== undefined) top.expectingKey = false;
        break;
      case ',':
        if (top === undefined) break;
        if (top.kind === 'object') top.expectingKey = true;
        else top.index += 1;
        break;
      default:
        break;
    }
  }
  return undefined;
}

interface Frame {
  kind: 'object' | 'array';
  /** The current member's key (objects). */
  key: string;
  /** The current element's index (arrays). */
  index: number;
  expectingKey: boolean;
}

function pathOf(stack: readonly Frame[]): string {
  const path = stack.map((frame) => (frame.kind === 'object' ? frame.key : String(frame.index))).join('.');
  return path === '' ? 'body' : path;
}
