import { NavLink } from 'react-router';
import { t } from '../../i18n/catalogue';

/** The matchmaking page's parts; `search` keeps the chosen organisation when moving between them. */
export function MatchmakingNav({ search }: { search: string }) {
  return (
    <nav aria-label={t('matchmaking.nav.label')} className="sub-nav">
      <ul>
        <li>
          <NavLink to={`/matchmaking/partners${search}`}>{t('matchmaking.nav.partners')}</NavLink>
        </li>
        <li>
          <NavLink to={`/matchmaking/opportunities${search}`}>{t('matchmaking.nav.opportunities')}</NavLink>
        </li>
        <li>
          <NavLink to="/matchmaking/for-opportunity">{t('matchmaking.nav.forOpportunity')}</NavLink>
        </li>
        <li>
          <NavLink to={`/matchmaking/introductions${search}`}>{t('matchmaking.nav.introductions')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
