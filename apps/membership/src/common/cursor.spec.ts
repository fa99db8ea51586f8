import { RequestValidationException } from '@icn/platform';
import { decodeCursor, encodeCursor, toPage } from './cursor';

describe('cursor pagination', () => {
  it('round-trips an id', () => {
    expect(decodeCursor(encodeCursor('nordic-edge'))).toBe('nordic-edge');
    expect(decodeCursor(undefined)).toBeUndefined();
  });

  it('rejects a cursor it did not issue', () => {
    expect(() => decodeCursor('not a cursor!')).toThrow(RequestValidationException);
    expect(() => decodeCursor('')).toThrow(RequestValidationException);
  });

  it('uses the extra row only to announce a next page', () => {
    expect(toPage(['a', 'b', 'c'], 2, (id) => id)).toEqual({ items: ['a', 'b'], nextCursor: encodeCursor('b') });
    expect(toPage(['a', 'b'], 2, (id) => id)).toEqual({ items: ['a', 'b'], nextCursor: null });
  });
});
