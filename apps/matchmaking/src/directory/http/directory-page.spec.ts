import { decodeKeysetCursor, encodeKeysetCursor, RequestValidationException } from '@icn/platform';
import { toPage, toPageRequest } from './directory-page';

const rows = ['a', 'b', 'c'].map((id) => ({ _id: id, name: `N-${id}` }));

describe('directory paging', () => {
  it('defaults the page size and decodes the cursor', () => {
    expect(toPageRequest({})).toEqual({ limit: 20 });
    expect(toPageRequest({ limit: 5, cursor: encodeKeysetCursor({ key: 'N-a', id: 'a' }) })).toEqual({ limit: 5, after: { key: 'N-a', id: 'a' } });
  });

  it('rejects a forged cursor with 400', () => {
    expect(() => toPageRequest({ cursor: 'garbage' })).toThrow(RequestValidationException);
  });

  it('returns a cursor only when the extra row proves a next page', () => {
    const full = toPage(rows, 2, (row) => row._id);
    expect(full.items).toEqual(['a', 'b']);
    expect(full.nextCursor).not.toBeNull();
    expect(decodeKeysetCursor(full.nextCursor ?? '')).toEqual({ key: 'N-b', id: 'b' });

    expect(toPage(rows, 3, (row) => row._id)).toEqual({ items: ['a', 'b', 'c'], nextCursor: null });
  });
});
