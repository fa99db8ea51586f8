import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { oneOf } from '../../api/vocabulary';
import { useUser } from '../../app/session';
import { CursorPager } from '../../components/CursorPager';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField } from '../../components/FormField';
import { PageHeader } from '../../components/PageHeader';
import { ScrollRegion } from '../../components/ScrollRegion';
import { StatusBadge } from '../../components/StatusBadge';
import { useAsync } from '../../components/use-async';
import { useCursorPages } from '../../components/use-cursor-pages';
import { format, t } from '../../i18n/catalogue';
import { ConsortiaNav } from './ConsortiaNav';
import { CONSORTIUM_STATUSES, consortiumStatusLabel } from './consortium-vocabulary';

const PAGE_SIZE = 20;

/**
 * The consortia the caller may see (the service decides: all for the secretariat, its cluster's for
 * a manager, its own and its invitations for a member), newest first, filtered by status in the
 * address (?status=drafting).
 */
export function ConsortiaList() {
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const requested = params.get('status') ?? '';
  const status = oneOf(CONSORTIUM_STATUSES, requested) ? requested : undefined;
  const pages = useCursorPages(status ?? '');
  const list = useAsync(
    () =>
      expectOk(
        api.consortia.GET('/consortia', {
          params: { query: { limit: PAGE_SIZE, ...(status !== undefined && { status }), ...(pages.cursor !== undefined && { cursor: pages.cursor }) } },
        }),
      ),
    `${status ?? ''}|${pages.cursor ?? ''}`,
  );

  const applyFilter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('status');
    setParams(typeof value === 'string' && value !== '' ? { status: value } : {});
  };

  return (
    <>
      <PageHeader title={t('nav.consortia')}>
        <Link to="/consortia/new" className="button primary">
          {t('consortia.nav.new')}
        </Link>
      </PageHeader>
      <ConsortiaNav />
      <p>{t(`consortia.list.intro.${user.role}`)}</p>
      <form key={requested} className="toolbar" role="search" aria-label={t('consortia.list.filter')} onSubmit={applyFilter}>
        <SelectField
          label={t('consortia.list.status')}
          name="status"
          defaultValue={status ?? ''}
          options={[{ value: '', label: t('consortia.list.anyStatus') }, ...CONSORTIUM_STATUSES.map((value) => ({ value, label: consortiumStatusLabel(value) }))]}
        />
        <button type="submit">{t('consortia.list.apply')}</button>
      </form>
      {list.status === 'failed' && <ErrorMessage error={list.error} onRetry={list.reload} />}
      {list.status === 'loading' && <p aria-live="polite">{t('app.loading')}</p>}
      {list.status === 'done' && (
        <>
          <p aria-live="polite" className="meta">
            {t('consortia.list.count', { count: list.data.items.length })}
          </p>
          {list.data.items.length === 0 ? (
            <p>{t('consortia.list.empty')}</p>
          ) : (
            <ScrollRegion label={t('consortia.list.caption')}>
              <table>
                <caption className="visually-hidden">{t('consortia.list.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('consortia.list.title')}</th>
                    <th scope="col">{t('consortia.list.call')}</th>
                    <th scope="col">{t('consortia.list.status')}</th>
                    <th scope="col">{t('consortia.list.coordinator')}</th>
                    <th scope="col">{t('consortia.list.deadline')}</th>
                    <th scope="col">{t('consortia.list.beneficiaries')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.items.map((consortium) => (
                    <tr key={consortium.consortiumId}>
                      <th scope="row">
                        <Link to={`/consortia/${consortium.consortiumId}`}>{consortium.title}</Link>
                      </th>
                      <td>{t('consortia.call.programmeTopic', { programme: consortium.call.programme, topic: consortium.call.topic })}</td>
                      <td>
                        <StatusBadge status={consortium.status} label={consortiumStatusLabel(consortium.status)} />
                      </td>
                      <td>{consortium.members.find((member) => member.organisationId === consortium.coordinatorOrganisationId)?.organisationName ?? ''}</td>
                      <td>{format.dateTime(consortium.call.deadline)}</td>
                      <td>{format.number(consortium.members.length)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )}
          <CursorPager label={t('consortia.list.paging')} pages={pages} shown={list.data.items.length} nextCursor={list.data.nextCursor} />
        </>
      )}
    </>
  );
}
