import { t } from '../i18n/catalogue';
import type { CursorPages } from './use-cursor-pages';

/** Previous / next buttons under a keyset-paginated list, with how many rows are shown (announced). */
export function CursorPager({ label, pages, shown, nextCursor }: { label: string; pages: CursorPages; shown: number; nextCursor: string | null }) {
  if (!pages.hasPrevious && nextCursor === null) return null;
  return (
    <nav aria-label={label} className="toolbar">
      <button type="button" onClick={pages.previous} disabled={!pages.hasPrevious}>
        {t('paging.previous')}
      </button>
      <span aria-live="polite">{t('paging.summary', { count: shown })}</span>
      <button type="button" onClick={() => nextCursor !== null && pages.next(nextCursor)} disabled={nextCursor === null}>
        {t('paging.next')}
      </button>
    </nav>
  );
}
