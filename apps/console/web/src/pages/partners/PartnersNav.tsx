import { NavLink } from 'react-router';
import { useUser } from '../../app/session';
import { t } from '../../i18n/catalogue';

/** The partners page's parts: everyone reads; the secretariat also registers partners and programmes. */
export function PartnersNav() {
  const user = useUser();
  return (
    <nav aria-label={t('partners.nav.label')} className="sub-nav">
      <ul>
        <li>
          <NavLink to="/partners" end>
            {t('partners.nav.list')}
          </NavLink>
        </li>
        {user.role === 'network-admin' && (
          <>
            <li>
              <NavLink to="/partners/register">{t('partners.nav.registerPartner')}</NavLink>
            </li>
            <li>
              <NavLink to="/partners/programmes/register">{t('partners.nav.registerProgramme')}</NavLink>
            </li>
          </>
        )}
      </ul>
    </nav>
  );
}
