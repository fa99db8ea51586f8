import { type ReactNode, useEffect, useRef } from 'react';
import { t } from '../i18n/catalogue';

/**
 * The heading that last took focus, by address and title. A page that renders its header again once
 * its data has loaded (the feed: a loading frame, then the chosen subscription's) must not take focus
 * back from where the person has moved meanwhile: only a new page or a new title moves focus.
 */
let lastFocused: { path: string; title: string } | undefined;

/**
 * A page's title: the document title follows it and focus moves to it when the page opens, so a
 * screen-reader user hears where a navigation led (a single-page app has no page load to announce).
 */
export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
    const path = window.location.pathname;
    if (lastFocused?.path === path && lastFocused.title === title) return;
    lastFocused = { path, title };
    heading.current?.focus();
  }, [title]);
  return (
    <div className="page-header">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children !== undefined && <div className="page-actions">{children}</div>}
    </div>
  );
}
