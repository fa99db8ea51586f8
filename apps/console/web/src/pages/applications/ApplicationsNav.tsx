import { NavLink } from 'react-router';
import { useUser } from '../../app/session';
import { t } from '../../i18n/catalogue';

/** The applications page's parts: everyone follows the applications they may see; a member also drafts. */
export function ApplicationsNav() {
  const user = useUser();
  return (
    <nav aria-label={t('applications.nav.label')} className="sub-nav">
      <ul>
        <li>
          <NavLink to="/applications" end>
            {t(user.role === 'member' ? 'applications.nav.own' : user.role === 'cluster-manager' ? 'applications.nav.cluster' : 'applications.nav.all')}
          </NavLink>
        </li>
        {user.role === 'member' && (
          <li>
            <NavLink to="/applications/draft">{t('applications.nav.draft')}</NavLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
