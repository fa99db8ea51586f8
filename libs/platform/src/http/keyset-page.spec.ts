import { RequestValidationException } from '../errors/request-validation.exception';
import { afterKeysetPosition, decodeKeysetCursor, encodeKeysetCursor, toKeysetPage } from './keyset-page';

describe('keyset pages', () => {
  it('round-trips a position through an opaque cursor', () => {
    const position = { key: '2026-12-04T10:00:00.000Z', id: 'f0e2c6a4-1111-4222-8333-444455556666' };
    const cursor = encodeKeysetCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeKeysetCursor(cursor)).toEqual(position);
    expect(decodeKeysetCursor(undefined)).toBeUndefined();
  });

  it('answers 400 on cursor for anything it did not issue', () => {
    const forged = [
      'not-a-cursor',
      Buffer.from('{"a":1}').toString('base64url'),
      Buffer.from('["x"]').toString('base64url'),
      Buffer.from('["x",""]').toString('base64url'),
      Buffer.from('["x",1]').toString('base64url'),
      `${encodeKeysetCursor({ key: 'a', id: 'b' })}=`,
    ];
    for (const cursor of forged) {
      expect(() => decodeKeysetCursor(cursor)).toThrow(RequestValidationException);
    }
  });

  it('cuts limit + 1 rows to a page whose cursor names its last item', () => {
    const rows = ['a', 'b', 'c'];
    const page = toKeysetPage(rows, 2, (row) => ({ key: row, id: row }));
    expect(page.items).toEqual(['a', 'b']);
    expect(decodeKeysetCursor(page.nextCursor ?? undefined)).toEqual({ key: 'b', id: 'b' });
    expect(toKeysetPage(rows, 3, (row) => ({ key: row, id: row })).nextCursor).toBeNull();
  });

  it('continues after the position in either key direction, ids ascending within a key', () => {
    const position = { key: 'k', id: 'i' };
    expect(afterKeysetPosition('createdAt', position, -1)).toEqual({ $or: [{ createdAt: { $lt: 'k' } }, { createdAt: 'k', _id: { $gt: 'i' } }] });
    expect(afterKeysetPosition('deadline', position, 1)).toEqual({ $or: [{ deadline: { $gt: 'k' } }, { deadline: 'k', _id: { $gt: 'i' } }] });
    expect(afterKeysetPosition('deadline', undefined, 1)).toEqual({});
  });
});
