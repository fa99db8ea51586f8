import { NavLink } from 'react-router';
import { t } from '../../i18n/catalogue';

/** The consortia page's own parts: the list, a new consortium, the outcome register. */
export function ConsortiaNav() {
  return (
    <nav aria-label={t('consortia.nav.label')} className="sub-nav">
      <ul>
        <li>
          <NavLink to="/consortia" end>
            {t('consortia.nav.list')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/consortia/new">{t('consortia.nav.new')}</NavLink>
        </li>
        <li>
          <NavLink to="/consortia/outcomes">{t('consortia.nav.outcomes')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
