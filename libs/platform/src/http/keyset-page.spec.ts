import { RequestValidationException } from '../errors/request-validation.exception';
import { afterKeysetPosition, collectVisiblePage, decodeKeysetCursor, encodeKeysetCursor, toKeysetPage } from './keyset-page';

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

describe('collectVisiblePage', () => {
  const rows = Array.from({ length: 10 }, (_, index) => ({ key: String(index).padStart(2, '0'), id: `id${index}`, visible: index % 3 !== 1 }));
  const fetchAfter = (after: { key: string } | undefined, size: number) => Promise.resolve(rows.filter((row) => after === undefined || row.key > after.key).slice(0, size));
  const positionOf = (row: (typeof rows)[number]) => ({ key: row.key, id: row.id });

  it('reads past invisible rows across batches and resumes right after the last row shown', async () => {
    const walked: string[] = [];
    let after: { key: string; id: string } | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const page = await collectVisiblePage({ fetchAfter, isVisible: (row) => row.visible, positionOf, limit: 2, after, batchSize: 3 });
      walked.push(...page.items.map((row) => row.id));
      if (page.nextCursor === null) break;
      after = decodeKeysetCursor(page.nextCursor);
    }
    expect(walked).toEqual(rows.filter((row) => row.visible).map((row) => row.id));
  });
});
