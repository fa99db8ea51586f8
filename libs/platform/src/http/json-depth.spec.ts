import { findTooDeepJsonPath } from './json-depth';

describe('findTooDeepJsonPath', () => {
  it('accepts a text nested exactly to the bound', () => {
    expect(findTooDeepJsonPath('{"a":{"b":[1,{"c":2}]}}', 4)).toBeUndefined();
  });

  it('names the path of the first value beyond the bound', () => {
    expect(findTooDeepJsonPath('{"a":{"b":[1,{"c":2}]}}', 3)).toBe('a.b.1');
    expect(findTooDeepJsonPath('{"x":1,"memberCounts":{"other":{"deep":{}}}}', 3)).toBe('memberCounts.other.deep');
  });

  it('ignores brackets, quotes and escapes inside strings', () => {
    expect(findTooDeepJsonPath('{"a":"[[[[{{{{\\"[[[","b":{"c":"}}}]]"}}', 2)).toBeUndefined();
    expect(findTooDeepJsonPath('{"k\\"ey":{"x":{}}}', 2)).toBe('k\\"ey.x');
  });

  it('handles thousands of levels without recursion', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(findTooDeepJsonPath(deep, 32)).toBe(Array.from({ length: 32 }, () => '0').join('.'));
    expect(findTooDeepJsonPath(deep, 100_000)).toBeUndefined();
  });

  it('names the body itself when even one level is too deep', () => {
    expect(findTooDeepJsonPath('{}', 0)).toBe('body');
  });
});
