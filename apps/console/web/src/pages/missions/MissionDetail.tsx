import { useState } from 'react';
import { Link, NavLink, Route, Routes, useParams } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { ErrorMessage } from '../../components/ErrorMessage';
import { NotFound } from '../../components/NotFound';
import { PageHeader } from '../../components/PageHeader';
import { StatusBadge } from '../../components/StatusBadge';
import { useAsync } from '../../components/use-async';
import { t } from '../../i18n/catalogue';
import { missionStatusLabel } from './labels';
import { LocalProjectOwners } from './LocalProjectOwners';
import { MissionAgenda } from './MissionAgenda';
import { MissionApplications } from './MissionApplications';
import { MissionOverview } from './MissionOverview';

/** One mission, in four parts: the call, the applications and selection, the local project owners, the B2B agenda. */
export function MissionDetail() {
  const { missionId = '' } = useParams();
  const mission = useAsync(() => expectOk(api.matchmaking.GET('/missions/{missionId}', { params: { path: { missionId } } })), missionId);
  const [announcement, setAnnouncement] = useState('');

  if (mission.status === 'loading') return <p aria-live="polite">{t('app.loading')}</p>;
  if (mission.status === 'failed') {
    return (
      <>
        <PageHeader title={t('missions.detail.unavailable')} />
        <ErrorMessage error={mission.error} onRetry={mission.reload} />
        <p>
          <Link to="/missions">{t('missions.detail.back')}</Link>
        </p>
      </>
    );
  }
  const current = mission.data;
  const changed = (message: string) => {
    setAnnouncement(message);
    mission.reload();
  };
  const base = `/missions/${current.missionId}`;
  const parts = { mission: current, onChanged: changed };
  return (
    <>
      <PageHeader title={current.title}>
        <StatusBadge status={current.status} label={missionStatusLabel(current.status)} />
      </PageHeader>
      <nav aria-label={t('missions.detail.sections')} className="sub-nav">
        <ul>
          <li>
            <NavLink to={base} end>
              {t('missions.detail.overview')}
            </NavLink>
          </li>
          <li>
            <NavLink to={`${base}/applications`}>{t('missions.detail.applications')}</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/owners`}>{t('missions.detail.owners')}</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/agenda`}>{t('missions.detail.agenda')}</NavLink>
          </li>
        </ul>
      </nav>
      <p aria-live="polite" className={announcement === '' ? 'visually-hidden' : 'notice'}>
        {announcement}
      </p>
      <Routes>
        <Route index element={<MissionOverview {...parts} />} />
        <Route path="applications" element={<MissionApplications {...parts} />} />
        <Route path="owners" element={<LocalProjectOwners {...parts} />} />
        <Route path="agenda" element={<MissionAgenda {...parts} />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </>
  );
}
