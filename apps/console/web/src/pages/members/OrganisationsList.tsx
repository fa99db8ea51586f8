import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api, type MembershipPaths } from '../../api/clients';
import { HELIX_TYPES, ORGANISATION_STATUSES, SECTORS, oneOf } from '../../api/vocabulary';
import type { ConsoleUser } from '../../app/session';
import { useUser } from '../../app/session';
import { CursorPager } from '../../components/CursorPager';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField, TextField } from '../../components/FormField';
import { PageHeader } from '../../components/PageHeader';
import { StatusBadge } from '../../components/StatusBadge';
import { useAsync } from '../../components/use-async';
import { useCursorPages } from '../../components/use-cursor-pages';
import { t } from '../../i18n/catalogue';
import { helixTypeLabel, helixTypeOptions, organisationStatusLabel, organisationStatusOptions, sectorLabel, sectorOptions } from './labels';
import { MembersNav } from './MembersNav';
import { useClusters } from './use-clusters';

type OrganisationQuery = NonNullable<MembershipPaths['/organisations']['get']['parameters']['query']>;

const PAGE_SIZE = 20;
const FILTER_NAMES = ['cluster', 'name', 'status', 'helixType', 'sector', 'country'] as const;

/**
 * The filters live in the address (`?status=suspended&sector=water`) so a filtered list can be
 * bookmarked and survives a reload. A cluster manager always sees their own cluster; the
 * secretariat picks one or sees the whole network.
 */
function filtersFrom(params: URLSearchParams, user: ConsoleUser): OrganisationQuery {
  const status = params.get('status') ?? '';
  const helixType = params.get('helixType') ?? '';
  const sector = params.get('sector') ?? '';
  const name = params.get('name') ?? '';
  const country = params.get('country') ?? '';
  const cluster = user.role === 'network-admin' ? (params.get('cluster') ?? '') : (user.clusterId ?? '');
  return {
    ...(cluster !== '' && { clusterId: cluster }),
    ...(name !== '' && { name }),
    ...(country !== '' && { country }),
    ...(oneOf(ORGANISATION_STATUSES, status) && { status }),
    ...(oneOf(HELIX_TYPES, helixType) && { helixType }),
    ...(oneOf(SECTORS, sector) && { sector }),
  };
}

export function OrganisationsList() {
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params, user);
  const filtersKey = JSON.stringify(filters);
  const pages = useCursorPages(filtersKey);
  const list = useAsync(
    () => expectOk(api.membership.GET('/organisations', { params: { query: { ...filters, limit: PAGE_SIZE, ...(pages.cursor !== undefined && { cursor: pages.cursor }) } } })),
    `${filtersKey}|${pages.cursor ?? ''}`,
  );
  const clusters = useClusters();
  const isSecretariat = user.role === 'network-admin';

  const applyFilters = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of FILTER_NAMES) {
      const value = data.get(name);
      if (typeof value === 'string' && value.trim() !== '') next.set(name, value.trim());
    }
    setParams(next);
  };

  const clusterOptions = [
    { value: '', label: t('members.filter.allClusters') },
    ...(clusters.status === 'done' ? clusters.data.map((cluster) => ({ value: cluster.clusterId, label: cluster.name })) : []),
  ];
  const unfiltered = (label: string) => [{ value: '', label }];

  return (
    <>
      <PageHeader title={t('members.list.title')}>
        <Link to="/members/organisations/new" className="button primary">
          {t('members.list.add')}
        </Link>
      </PageHeader>
      <MembersNav />
      {!isSecretariat && <p className="meta">{t('members.list.ownClusterOnly', { cluster: user.clusterId ?? '' })}</p>}
      <form key={`${params.toString()}|${clusters.status}`} className="toolbar" role="search" aria-label={t('members.filter.label')} onSubmit={applyFilters}>
        {isSecretariat && <SelectField label={t('members.filter.cluster')} name="cluster" options={clusterOptions} defaultValue={params.get('cluster') ?? ''} />}
        <TextField label={t('members.filter.name')} name="name" type="search" defaultValue={params.get('name') ?? ''} />
        <SelectField label={t('members.filter.status')} name="status" options={[...unfiltered(t('members.filter.anyStatus')), ...organisationStatusOptions]} defaultValue={params.get('status') ?? ''} />
        <SelectField label={t('members.filter.helixType')} name="helixType" options={[...unfiltered(t('members.filter.anyType')), ...helixTypeOptions]} defaultValue={params.get('helixType') ?? ''} />
        <SelectField label={t('members.filter.sector')} name="sector" options={[...unfiltered(t('members.filter.anySector')), ...sectorOptions]} defaultValue={params.get('sector') ?? ''} />
        <TextField label={t('members.filter.country')} name="country" maxLength={2} size={4} defaultValue={params.get('country') ?? ''} />
        <button type="submit" className="primary">
          {t('members.filter.apply')}
        </button>
      </form>
      {list.status === 'failed' && <ErrorMessage error={list.error} onRetry={list.reload} />}
      {list.status === 'loading' && <p aria-live="polite">{t('app.loading')}</p>}
      {list.status === 'done' && (
        <>
          <p aria-live="polite" className="meta">
            {t('members.list.count', { count: list.data.items.length })}
          </p>
          {list.data.items.length === 0 ? (
            <p>{t('members.list.empty')}</p>
          ) : (
            <div className="table-scroll">
              <table>
                <caption className="visually-hidden">{t('members.list.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('members.field.name')}</th>
                    {isSecretariat && <th scope="col">{t('members.field.cluster')}</th>}
                    <th scope="col">{t('members.field.helixType')}</th>
                    <th scope="col">{t('members.field.country')}</th>
                    <th scope="col">{t('members.field.sectors')}</th>
                    <th scope="col">{t('members.field.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.items.map((organisation) => (
                    <tr key={organisation.organisationId}>
                      <th scope="row">
                        <Link to={`/members/organisations/${organisation.organisationId}`}>{organisation.name}</Link>
                      </th>
                      {isSecretariat && <td>{organisation.clusterId}</td>}
                      <td>{helixTypeLabel(organisation.helixType)}</td>
                      <td>{organisation.country}</td>
                      <td>{organisation.sectors.map(sectorLabel).join(', ')}</td>
                      <td>
                        <StatusBadge status={organisation.status} label={organisationStatusLabel(organisation.status)} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <CursorPager label={t('members.list.paging')} pages={pages} shown={list.data.items.length} nextCursor={list.data.nextCursor} />
        </>
      )}
    </>
  );
}
