import { NavLink } from 'react-router';
import { useUser } from '../../app/session';
import { t } from '../../i18n/catalogue';

/** The members page's own parts: the organisations, and the clusters (the secretariat) or one's own cluster. */
export function MembersNav() {
  const user = useUser();
  return (
    <nav aria-label={t('members.nav.label')} className="sub-nav">
      <ul>
        <li>
          <NavLink to="/members" end>
            {t('members.nav.organisations')}
          </NavLink>
        </li>
        <li>
          {user.role === 'network-admin' ? (
            <NavLink to="/members/clusters">{t('members.nav.clusters')}</NavLink>
          ) : (
            <NavLink to={`/members/clusters/${user.clusterId ?? ''}`}>{t('members.nav.ownCluster')}</NavLink>
          )}
        </li>
      </ul>
    </nav>
  );
}
