import { useState, type ReactNode } from 'react';
import { NavLink } from 'react-router';
import { t } from '../i18n/catalogue';
import { sectionsFor } from './sections';
import { useUser } from './session';

/** The signed-in frame: skip link, header with the person and sign-out, the navigation of their role. */
export function Layout({ children }: { children: ReactNode }) {
  const user = useUser();
  const [menuOpen, setMenuOpen] = useState(false);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <a className="brand" href="/feed">
          {t('app.name')}
        </a>
        <button type="button" className="menu-toggle" aria-expanded={menuOpen} aria-controls="main-navigation" onClick={() => setMenuOpen(!menuOpen)}>
          {t('app.menu')}
        </button>
        <div className="user">
          <span>
            {t('app.signedInAs', { name: user.name })} · {t(`role.${user.role}`)}
            {user.clusterId !== undefined && ` · ${user.clusterId}`}
          </span>
          <form method="post" action="/auth/logout">
            <button type="submit" className="link-button">
              {t('app.signOut')}
            </button>
          </form>
        </div>
      </header>
      <div className="app-body">
        <nav id="main-navigation" aria-label={t('app.mainNavigation')} className={menuOpen ? 'open' : undefined}>
          <ul>
            {sectionsFor(user.role).map((section) => (
              <li key={section.path}>
                <NavLink to={`/${section.path}`} onClick={() => setMenuOpen(false)}>
                  {t(section.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </>
  );
}
