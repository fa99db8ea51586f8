import { useState } from 'react';
import { Link, Navigate } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { useUser } from '../../app/session';
import { CursorPager } from '../../components/CursorPager';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField } from '../../components/FormField';
import { PageHeader } from '../../components/PageHeader';
import { StatusBadge } from '../../components/StatusBadge';
import { useAsync } from '../../components/use-async';
import { useCursorPages } from '../../components/use-cursor-pages';
import { formatDay } from '../../components/calendar-days';
import { t } from '../../i18n/catalogue';
import { useClusters } from '../members/use-clusters';
import { PASSPORT_STATUSES, type PassportStatus, serviceLabel, statusLabel, statusOptions } from './labels';
import { PassportNav } from './PassportNav';

const PAGE_SIZE = 20;

/**
 * Passport applications. `incoming`: the visits the manager's cluster hosts (what to answer).
 * `all`: what the person may see — a member its own, a cluster manager those to or from its
 * cluster, the secretariat every one (optionally of one host cluster).
 */
export function ApplicationsList({ scope }: { scope: 'incoming' | 'all' }) {
  const user = useUser();
  const [status, setStatus] = useState<PassportStatus | ''>(scope === 'incoming' ? 'submitted' : '');
  const [hostFilter, setHostFilter] = useState('');
  const isSecretariat = user.role === 'network-admin';
  const clusters = useClusters();
  const hostClusterId = scope === 'incoming' ? (user.clusterId ?? '') : hostFilter;
  const query = { limit: PAGE_SIZE, ...(hostClusterId !== '' && { hostClusterId }), ...(status !== '' && { status }) };
  const filtersKey = JSON.stringify(query);
  const pages = useCursorPages(filtersKey);
  const list = useAsync(
    () => expectOk(api.matchmaking.GET('/passport/applications', { params: { query: { ...query, ...(pages.cursor !== undefined && { cursor: pages.cursor }) } } })),
    `${filtersKey}|${pages.cursor ?? ''}`,
  );
  if (scope === 'incoming' && user.role !== 'cluster-manager') return <Navigate to="/passport" replace />;
  const title = scope === 'incoming' ? t('passport.list.incomingTitle') : user.role === 'member' ? t('passport.list.ownTitle') : t('passport.list.title');

  return (
    <>
      <PageHeader title={title}>
        <Link to="/passport/apply" className="button primary">
          {t('passport.list.apply')}
        </Link>
      </PageHeader>
      <PassportNav />
      {scope === 'incoming' && <p>{t('passport.list.incomingIntro', { cluster: user.clusterId ?? '' })}</p>}
      <div className="toolbar">
        <SelectField
          label={t('passport.list.status')}
          name="status"
          value={status}
          onChange={(event) => setStatus(PASSPORT_STATUSES.find((known) => known === event.target.value) ?? '')}
          options={[{ value: '', label: t('passport.list.anyStatus') }, ...statusOptions]}
        />
        {isSecretariat && (
          <SelectField
            label={t('passport.field.hostCluster')}
            name="hostClusterId"
            value={hostFilter}
            onChange={(event) => setHostFilter(event.target.value)}
            options={[
              { value: '', label: t('passport.list.anyHost') },
              ...(clusters.status === 'done' ? clusters.data.map((cluster) => ({ value: cluster.clusterId, label: cluster.name })) : []),
            ]}
          />
        )}
      </div>
      {list.status === 'loading' && <p aria-live="polite">{t('app.loading')}</p>}
      {list.status === 'failed' && <ErrorMessage error={list.error} onRetry={list.reload} />}
      {list.status === 'done' && (
        <>
          <p aria-live="polite" className="meta">
            {t('passport.list.count', { count: list.data.items.length })}
          </p>
          {list.data.items.length === 0 ? (
            <p>{t('passport.list.empty')}</p>
          ) : (
            <div className="table-scroll">
              <table>
                <caption className="visually-hidden">{title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('passport.field.organisation')}</th>
                    <th scope="col">{t('passport.field.route')}</th>
                    <th scope="col">{t('passport.field.dates')}</th>
                    <th scope="col">{t('passport.field.services')}</th>
                    <th scope="col">{t('passport.field.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.items.map((application) => (
                    <tr key={application.applicationId}>
                      <th scope="row">
                        <Link to={`/passport/applications/${application.applicationId}`}>{application.organisationName}</Link>
                      </th>
                      <td>{t('passport.route', { home: application.homeClusterId, host: application.hostClusterId })}</td>
                      <td>{t('passport.dates', { from: formatDay(application.from), to: formatDay(application.to) })}</td>
                      <td>{application.services.map(serviceLabel).join(', ')}</td>
                      <td>
                        <StatusBadge status={application.status} label={statusLabel(application.status)} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <CursorPager label={t('passport.list.paging')} pages={pages} shown={list.data.items.length} nextCursor={list.data.nextCursor} />
        </>
      )}
    </>
  );
}
