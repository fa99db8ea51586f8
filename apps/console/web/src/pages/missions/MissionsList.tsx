import { useState } from 'react';
import { Link } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { useUser } from '../../app/session';
import { formatDay } from '../../components/calendar-days';
import { CursorPager } from '../../components/CursorPager';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField } from '../../components/FormField';
import { PageHeader } from '../../components/PageHeader';
import { StatusBadge } from '../../components/StatusBadge';
import { useAsync } from '../../components/use-async';
import { useCursorPages } from '../../components/use-cursor-pages';
import { t } from '../../i18n/catalogue';
import { MISSION_STATUSES, type MissionStatus, missionStatusLabel } from './labels';

const PAGE_SIZE = 20;

/** Every mission of the network (they are announcements), soonest first, filtered by status. */
export function MissionsList() {
  const user = useUser();
  const [status, setStatus] = useState<MissionStatus | ''>('');
  const query = { limit: PAGE_SIZE, ...(status !== '' && { status }) };
  const filtersKey = JSON.stringify(query);
  const pages = useCursorPages(filtersKey);
  const list = useAsync(
    () => expectOk(api.matchmaking.GET('/missions', { params: { query: { ...query, ...(pages.cursor !== undefined && { cursor: pages.cursor }) } } })),
    `${filtersKey}|${pages.cursor ?? ''}`,
  );
  return (
    <>
      <PageHeader title={t('missions.list.title')}>
        {user.role !== 'member' && (
          <Link to="/missions/new" className="button primary">
            {t('missions.list.create')}
          </Link>
        )}
      </PageHeader>
      <p>{t('missions.list.intro')}</p>
      <div className="toolbar">
        <SelectField
          label={t('missions.list.status')}
          name="status"
          value={status}
          onChange={(event) => setStatus(MISSION_STATUSES.find((known) => known === event.target.value) ?? '')}
          options={[{ value: '', label: t('missions.list.anyStatus') }, ...MISSION_STATUSES.map((value) => ({ value, label: missionStatusLabel(value) }))]}
        />
      </div>
      {list.status === 'loading' && <p aria-live="polite">{t('app.loading')}</p>}
      {list.status === 'failed' && <ErrorMessage error={list.error} onRetry={list.reload} />}
      {list.status === 'done' && (
        <>
          <p aria-live="polite" className="meta">
            {t('missions.list.count', { count: list.data.items.length })}
          </p>
          {list.data.items.length === 0 ? (
            <p>{t('missions.list.empty')}</p>
          ) : (
            <ul className="cards">
              {list.data.items.map((mission) => (
                <li key={mission.missionId} className="card">
                  <h2 className="match-title">
                    <Link to={`/missions/${mission.missionId}`}>{mission.title}</Link>
                  </h2>
                  <p className="meta">
                    <StatusBadge status={mission.status} label={missionStatusLabel(mission.status)} />
                    {mission.acceptingApplications && ` · ${t('missions.list.accepting', { date: formatDay(mission.callCutOff) })}`}
                  </p>
                  <p>
                    {t('missions.destination', { city: mission.destination.city, country: mission.destination.country })} ·{' '}
                    {t('missions.dates', { from: formatDay(mission.from), to: formatDay(mission.to) })}
                  </p>
                  <p className="meta">{t('missions.list.theme', { theme: mission.theme, organiser: mission.organiserClusterId })}</p>
                </li>
              ))}
            </ul>
          )}
          <CursorPager label={t('missions.list.paging')} pages={pages} shown={list.data.items.length} nextCursor={list.data.nextCursor} />
        </>
      )}
    </>
  );
}
