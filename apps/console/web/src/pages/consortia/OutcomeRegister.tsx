import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
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
import { consortiumStatusLabel } from './consortium-vocabulary';

const PAGE_SIZE = 20;
/** The first year the register is offered for. */
const FIRST_YEAR = 2015;

/**
 * The outcome register: consortia whose outcome (granted, reserve list, rejected, withdrawn) was
 * recorded in the year, as far as the person may see them; the year in the address (?year=).
 */
export function OutcomeRegister() {
  const [params, setParams] = useSearchParams();
  const currentYear = new Date().getFullYear();
  const requested = Number(params.get('year'));
  const year = Number.isInteger(requested) && requested >= FIRST_YEAR && requested <= currentYear + 1 ? requested : currentYear;
  const pages = useCursorPages(String(year));
  const register = useAsync(
    () => expectOk(api.consortia.GET('/consortia/outcomes', { params: { query: { year, limit: PAGE_SIZE, ...(pages.cursor !== undefined && { cursor: pages.cursor }) } } })),
    `${year}|${pages.cursor ?? ''}`,
  );
  const choose = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('year');
    if (typeof value === 'string') setParams({ year: value });
  };
  return (
    <>
      <PageHeader title={t('consortia.outcomes.title')} />
      <ConsortiaNav />
      <p>{t('consortia.outcomes.intro')}</p>
      <form key={year} className="toolbar" onSubmit={choose}>
        <SelectField
          label={t('consortia.outcomes.year')}
          name="year"
          defaultValue={String(year)}
          options={Array.from({ length: currentYear - FIRST_YEAR + 1 }, (_, index) => String(currentYear - index)).map((value) => ({ value, label: value }))}
        />
        <button type="submit">{t('consortia.outcomes.show')}</button>
      </form>
      {register.status === 'failed' && <ErrorMessage error={register.error} onRetry={register.reload} />}
      {register.status === 'loading' && <p aria-live="polite">{t('app.loading')}</p>}
      {register.status === 'done' &&
        (register.data.items.length === 0 ? (
          <p aria-live="polite">{t('consortia.outcomes.none', { year: register.data.year })}</p>
        ) : (
          <>
            <ScrollRegion label={t('consortia.outcomes.caption', { year: register.data.year })}>
              <table>
                <caption>{t('consortia.outcomes.caption', { year: register.data.year })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('consortia.outcomes.project')}</th>
                    <th scope="col">{t('consortia.outcomes.call')}</th>
                    <th scope="col">{t('consortia.outcomes.outcome')}</th>
                    <th scope="col">{t('consortia.outcomes.coordinator')}</th>
                    <th scope="col">{t('consortia.outcomes.clusters')}</th>
                    <th scope="col">{t('consortia.outcomes.recorded')}</th>
                    <th scope="col">{t('consortia.outcomes.granted')}</th>
                    <th scope="col">{t('consortia.outcomes.feedback')}</th>
                  </tr>
                </thead>
                <tbody>
                  {register.data.items.map((entry) => (
                    <tr key={entry.consortiumId}>
                      <th scope="row">
                        <Link to={`/consortia/${entry.consortiumId}`}>{entry.title}</Link>
                      </th>
                      <td>{t('consortia.call.programmeTopic', { programme: entry.programme, topic: entry.topic })}</td>
                      <td>
                        <StatusBadge status={entry.status} label={consortiumStatusLabel(entry.status)} />
                      </td>
                      <td>{entry.coordinatorName}</td>
                      <td>{entry.clusterIds.join(', ')}</td>
                      <td>{format.date(entry.outcomeAt)}</td>
                      <td>{entry.grantedEur !== undefined ? format.euros(entry.grantedEur) : '—'}</td>
                      <td>{entry.feedback ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
            <CursorPager label={t('consortia.outcomes.paging')} pages={pages} shown={register.data.items.length} nextCursor={register.data.nextCursor} />
          </>
        ))}
    </>
  );
}
