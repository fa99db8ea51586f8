import { useState } from 'react';

export interface CursorPages {
  /** The cursor of the page on screen (undefined: the first page). */
  cursor: string | undefined;
  /** 1 for the first page. */
  pageNumber: number;
  hasPrevious: boolean;
  next: (cursor: string) => void;
  previous: () => void;
}

/**
 * Moves through a keyset-paginated list (`nextCursor` answers). The services only go forward, so
 * the cursors of the pages already seen are kept to go back. A change of `filtersKey` (the filters
 * serialised) starts again at the first page.
 */
export function useCursorPages(filtersKey: string): CursorPages {
  const [paging, setPaging] = useState<{ filtersKey: string; cursors: readonly (string | undefined)[] }>({ filtersKey, cursors: [undefined] });
  const cursors = paging.filtersKey === filtersKey ? paging.cursors : [undefined];
  return {
    cursor: cursors[cursors.length - 1],
    pageNumber: cursors.length,
    hasPrevious: cursors.length > 1,
    next: (cursor) => setPaging({ filtersKey, cursors: [...cursors, cursor] }),
    previous: () => setPaging({ filtersKey, cursors: cursors.slice(0, -1) }),
  };
}
