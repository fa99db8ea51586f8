import type { FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { SECTORS, oneOf } from '../../api/vocabulary';
import { useUser } from '../../app/session';
import { CursorPager } from '../../components/CursorPager';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField, TextField } from '../../components/FormField';
import { PageHeader } from '../../components/PageHeader';
import { StatusBadge } from '../../components/StatusBadge';
import { useAsync } from '../../components/use-async';
import { useCursorPages } from '../../components/use-cursor-pages';
import { format, t } from '../../i18n/catalogue';
import { useClusters } from '../members/use-clusters';
import { dayBoundary } from './opportunity-form-values';
import { canCreateOpportunities } from './permissions';
import { announcementIn } from './router-announcement';
import {
  OPPORTUNITY_STATUSES,
  OPPORTUNITY_TYPES,
  opportunityStatusLabel,
  opportunityStatusOptions,
  opportunityTypeLabel,
  opportunityTypeOptions,
  sectorOptions,
  type OpportunitiesListQuery,
} from './vocabulary';

const PAGE_SIZE = 20;
/** The filters kept in the address (so a filtered list can be bookmarked, shared and gone back to). */
const FILTER_NAMES = ['q', 'type', 'status', 'sector', 'originClusterId', 'country', 'technology', 'deadlineFrom', 'deadlineTo'] as const;

/** The list query from the address; values a select could not have produced are left out. */
function queryOf(search: URLSearchParams): OpportunitiesListQuery {
  const value = (name: string) => search.get(name) ?? '';
  const type = value('type');
  const status = value('status');
  const sector = value('sector');
  const text = (name: string) => (value(name) === '' ? undefined : value(name));
  const deadlineFrom = dayBoundary(value('deadlineFrom'), false);
  const deadlineTo = dayBoundary(value('deadlineTo'), true);
  return {
    ...(text('q') !== undefined && { q: text('q') }),
    ...(oneOf(OPPORTUNITY_TYPES, type) && { type }),
    ...(oneOf(OPPORTUNITY_STATUSES, status) && { status }),
    ...(oneOf(SECTORS, sector) && { sector }),
    ...(text('originClusterId') !== undefined && { originClusterId: text('originClusterId') }),
    ...(text('country') !== undefined && { country: text('country') }),
    ...(text('technology') !== undefined && { technology: text('technology') }),
    ...(deadlineFrom !== undefined && { deadlineFrom }),
    ...(deadlineTo !== undefined && { deadlineTo }),
  };
}

/**
 * Search and filters over GET /opportunities. The service returns only what the person may see
 * (drafts of their own cluster, restricted opportunities only to their clusters): the console
 * shows its answer as it is and filters nothing itself.
 */
export function OpportunityList() {
  const user = useUser();
  const location = useLocation();
  const clusters = useClusters();
  const [search, setSearch] = useSearchParams();
  const filtersKey = search.toString();
  const pages = useCursorPages(filtersKey);
  const page = useAsync(
    () => expectOk(api.opportunities.GET('/opportunities', { params: { query: { ...queryOf(search), limit: PAGE_SIZE, ...(pages.cursor !== undefined && { cursor: pages.cursor }) } } })),
    `${filtersKey}|${pages.cursor ?? ''}`,
  );

  const applyFilters = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of FILTER_NAMES) {
      const value = data.get(name);
      if (typeof value === 'string' && value.trim() !== '') next.set(name, value.trim());
    }
    setSearch(next);
  };

  const clusterOptions = clusters.status === 'done' ? clusters.data.map((cluster) => ({ value: cluster.clusterId, label: cluster.name })) : [];
  return (
    <>
      <PageHeader title={t('nav.opportunities')}>
        {canCreateOpportunities(user) && (
          <Link className="button primary" to="/opportunities/new">
            {t('opportunities.list.create')}
          </Link>
        )}
      </PageHeader>
      <p role="status" className="notice-live">
        {announcementIn(location.state)}
      </p>
      {/* Keyed by the address, so going back to other filters shows them in the fields too. */}
      <form key={filtersKey} role="search" aria-label={t('opportunities.filter.label')} className="toolbar opportunity-filters" onSubmit={applyFilters}>
        <TextField label={t('opportunities.filter.q')} name="q" type="search" defaultValue={search.get('q') ?? ''} hint={t('opportunities.filter.qHint')} />
        <SelectField label={t('opportunities.filter.type')} name="type" options={[{ value: '', label: t('opportunities.filter.anyType') }, ...opportunityTypeOptions]} defaultValue={search.get('type') ?? ''} />
        <SelectField
          label={t('opportunities.filter.status')}
          name="status"
          options={[{ value: '', label: t('opportunities.filter.anyStatus') }, ...opportunityStatusOptions]}
          defaultValue={search.get('status') ?? ''}
        />
        <SelectField label={t('opportunities.filter.sector')} name="sector" options={[{ value: '', label: t('opportunities.filter.anySector') }, ...sectorOptions]} defaultValue={search.get('sector') ?? ''} />
        <SelectField
          label={t('opportunities.filter.cluster')}
          name="originClusterId"
          options={[{ value: '', label: t('opportunities.filter.anyCluster') }, ...clusterOptions]}
          defaultValue={search.get('originClusterId') ?? ''}
        />
        <TextField label={t('opportunities.filter.country')} name="country" maxLength={2} size={4} defaultValue={search.get('country') ?? ''} />
        <TextField label={t('opportunities.filter.technology')} name="technology" defaultValue={search.get('technology') ?? ''} />
        <TextField label={t('opportunities.filter.deadlineFrom')} name="deadlineFrom" type="date" defaultValue={search.get('deadlineFrom') ?? ''} />
        <TextField label={t('opportunities.filter.deadlineTo')} name="deadlineTo" type="date" defaultValue={search.get('deadlineTo') ?? ''} />
        <div className="page-actions">
          <button type="submit" className="primary">
            {t('opportunities.filter.apply')}
          </button>
          {filtersKey !== '' && (
            <Link className="button" to="/opportunities">
              {t('opportunities.filter.clear')}
            </Link>
          )}
        </div>
      </form>
      {page.status === 'loading' && <p aria-live="polite">{t('app.loading')}</p>}
      {page.status === 'failed' && <ErrorMessage error={page.error} onRetry={page.reload} />}
      {page.status === 'done' && (
        <>
          {page.data.items.length === 0 ? (
            <p>{t('opportunities.list.empty')}</p>
          ) : (
            <div className="table-scroll">
              <table>
                <caption className="visually-hidden">{t('opportunities.list.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('opportunities.field.title')}</th>
                    <th scope="col">{t('opportunities.field.type')}</th>
                    <th scope="col">{t('opportunities.field.status')}</th>
                    <th scope="col">{t('opportunities.field.originCluster')}</th>
                    <th scope="col">{t('opportunities.field.deadline')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.data.items.map((opportunity) => (
                    <tr key={opportunity.opportunityId} data-opportunity-id={opportunity.opportunityId}>
                      <th scope="row">
                        <Link to={`/opportunities/${opportunity.opportunityId}`}>{opportunity.title}</Link>
                      </th>
                      <td>{opportunityTypeLabel(opportunity.type)}</td>
                      <td>
                        <StatusBadge status={opportunity.status} label={opportunityStatusLabel(opportunity.status)} />
                      </td>
                      <td>{opportunity.originClusterId}</td>
                      <td>{format.dateTime(opportunity.deadline)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <CursorPager label={t('opportunities.list.paging')} pages={pages} shown={page.data.items.length} nextCursor={page.data.nextCursor} />
        </>
      )}
    </>
  );
}
