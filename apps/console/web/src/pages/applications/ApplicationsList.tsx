import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { oneOf } from '../../api/vocabulary';
import { useUser } from '../../app/session';
import { CursorPager } from '../../components/CursorPager';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField } from '../../components/FormField';
import { PageHeader } from '../../components/PageHeader';
import { StatusBadge } from '../../components/StatusBadge';
import { useAsync } from '../../components/use-async';
import { useCursorPages } from '../../components/use-cursor-pages';
import { format, t } from '../../i18n/catalogue';
import { ApplicationsNav } from './ApplicationsNav';
import { APPLICATION_STATUSES, type ApplicationStatus, statusLabel, statusOptions } from './labels';

const PAGE_SIZE = 20;

/**
 * The applications the person may see, newest first, as the service scopes them: a member its
 * organisation's, a cluster manager its cluster's, the secretariat every one.
 */
export function ApplicationsList() {
  const user = useUser();
  const [status, setStatus] = useState<ApplicationStatus | ''>('');
  // A programme's page links here with ?programmeId= for its applications.
  const [params, setParams] = useSearchParams();
  const programmeId = params.get('programmeId') ?? '';
  const query = { limit: PAGE_SIZE, ...(status !== '' && { status }), ...(programmeId !== '' && { programmeId }) };
  const filtersKey = JSON.stringify(query);
  const pages = useCursorPages(filtersKey);
  const list = useAsync(
    () => expectOk(api.network.GET('/applications', { params: { query: { ...query, ...(pages.cursor !== undefined && { cursor: pages.cursor }) } } })),
    `${filtersKey}|${pages.cursor ?? ''}`,
  );
  const title = user.role === 'member' ? t('applications.list.ownTitle') : user.role === 'cluster-manager' ? t('applications.list.clusterTitle') : t('applications.list.title');
  return (
    <>
      <PageHeader title={title}>
        {user.role === 'member' && (
          <Link to="/applications/draft" className="button primary">
            {t('applications.list.draft')}
          </Link>
        )}
      </PageHeader>
      <ApplicationsNav />
      <p>{t('applications.list.intro')}</p>
      <div className="toolbar">
        <SelectField
          label={t('applications.list.status')}
          name="status"
          value={status}
          onChange={(event) => setStatus(oneOf(APPLICATION_STATUSES, event.target.value) ? event.target.value : '')}
          options={[{ value: '', label: t('applications.list.anyStatus') }, ...statusOptions]}
        />
        {programmeId !== '' && (
          <button type="button" onClick={() => setParams({})}>
            {t('applications.list.allProgrammes')}
          </button>
        )}
      </div>
      {list.status === 'loading' && <p aria-live="polite">{t('app.loading')}</p>}
      {list.status === 'failed' && <ErrorMessage error={list.error} onRetry={list.reload} />}
      {list.status === 'done' && (
        <>
          <p aria-live="polite" className="meta">
            {t('applications.list.count', { count: list.data.items.length })}
          </p>
          {list.data.items.length === 0 ? (
            <p>{t('applications.list.empty')}</p>
          ) : (
            <div className="table-scroll">
              <table>
                <caption className="visually-hidden">{title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('applications.field.organisation')}</th>
                    <th scope="col">{t('applications.field.programme')}</th>
                    <th scope="col">{t('applications.field.cluster')}</th>
                    <th scope="col">{t('applications.field.status')}</th>
                    <th scope="col">{t('applications.field.updatedAt')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.items.map((application) => (
                    <tr key={application.applicationId}>
                      <th scope="row">
                        <Link to={`/applications/${application.applicationId}`}>{application.organisationName}</Link>
                      </th>
                      <td>{application.programmeTitle}</td>
                      <td>{application.clusterId}</td>
                      <td>
                        <StatusBadge status={application.status} label={statusLabel(application.status)} />
                      </td>
                      <td>{format.dateTime(application.updatedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <CursorPager label={t('applications.list.paging')} pages={pages} shown={list.data.items.length} nextCursor={list.data.nextCursor} />
        </>
      )}
    </>
  );
}
