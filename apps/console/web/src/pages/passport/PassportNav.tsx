import { NavLink } from 'react-router';
import { useUser } from '../../app/session';
import { t } from '../../i18n/catalogue';

/** The Passport page's parts, by role: a member applies and follows its visits; a host manager also answers and plans desks. */
export function PassportNav() {
  const user = useUser();
  return (
    <nav aria-label={t('passport.nav.label')} className="sub-nav">
      <ul>
        {user.role === 'cluster-manager' && (
          <li>
            <NavLink to="/passport/incoming">{t('passport.nav.incoming')}</NavLink>
          </li>
        )}
        <li>
          <NavLink to="/passport" end>
            {t(user.role === 'member' ? 'passport.nav.own' : user.role === 'cluster-manager' ? 'passport.nav.cluster' : 'passport.nav.all')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/passport/apply">{t('passport.nav.apply')}</NavLink>
        </li>
        {user.role !== 'member' && (
          <li>
            <NavLink to="/passport/capacity">{t('passport.nav.capacity')}</NavLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
