import { type ReactNode, useEffect, useRef } from 'react';
import { t } from '../i18n/catalogue';

/**
 * A page's title: the document title follows it and focus moves to it when the page opens, so a
 * screen-reader user hears where a navigation led (a single-page app has no page load to announce).
 */
export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
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
