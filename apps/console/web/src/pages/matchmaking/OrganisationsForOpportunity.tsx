import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { useUser } from '../../app/session';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField, TextField } from '../../components/FormField';
import { PageHeader } from '../../components/PageHeader';
import { useAsync } from '../../components/use-async';
import { format, t } from '../../i18n/catalogue';
import { MatchExplanation } from './MatchExplanation';
import { MatchmakingNav } from './MatchmakingNav';
import { ResultLimit } from './ResultLimit';

const OPPORTUNITY_CHOICES = 50;

/**
 * Opportunity → organisations: who fits an open opportunity, each with why. The opportunity is kept
 * in the address (`?opportunity=<id>`), so the opportunities page can link here.
 */
export function OrganisationsForOpportunity() {
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const opportunityId = params.get('opportunity') ?? '';
  const [search, setSearch] = useState('');
  const [limit, setLimit] = useState(20);
  const query = { state: 'open' as const, limit: OPPORTUNITY_CHOICES, ...(search.trim() !== '' && { q: search.trim() }) };
  const opportunities = useAsync(() => expectOk(api.opportunities.GET('/opportunities', { params: { query } })), JSON.stringify(query));
  const chosen = useAsync(
    async () => (opportunityId === '' ? undefined : expectOk(api.opportunities.GET('/opportunities/{opportunityId}', { params: { path: { opportunityId } } }))),
    `chosen|${opportunityId}`,
  );
  const matches = useAsync(
    async () =>
      opportunityId === ''
        ? undefined
        : (await expectOk(api.matchmaking.GET('/matches/opportunities/{opportunityId}/organisations', { params: { path: { opportunityId }, query: { limit } } }))).items,
    `${opportunityId}|${limit}`,
  );
  const title = chosen.status === 'done' ? chosen.data?.title : undefined;
  const found = opportunities.status === 'done' ? opportunities.data.items : [];
  const options = [
    { value: '', label: t('matchmaking.forOpportunity.choose') },
    ...(opportunityId !== '' && !found.some((item) => item.opportunityId === opportunityId) ? [{ value: opportunityId, label: title ?? opportunityId }] : []),
    ...found.map((item) => ({ value: item.opportunityId, label: item.title })),
  ];
  /** The names a reason may mention by id: the organisation and the opportunity. */
  const namesOf = (match: { organisationId: string; name: string }) => {
    const names = new Map([[match.organisationId, match.name]]);
    if (title !== undefined) names.set(opportunityId, title);
    return names;
  };
  const choose = (id: string) => setParams(id === '' ? {} : { opportunity: id });

  return (
    <>
      <PageHeader title={t('matchmaking.forOpportunity.title')} />
      <MatchmakingNav search="" />
      <p>{t('matchmaking.forOpportunity.intro')}</p>
      <fieldset className="field">
        <legend>{t('matchmaking.forOpportunity.legend')}</legend>
        <div className="toolbar">
          <TextField label={t('matchmaking.forOpportunity.search')} name="q" type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
          <SelectField label={t('matchmaking.forOpportunity.opportunity')} name="opportunityId" value={opportunityId} onChange={(event) => choose(event.target.value)} options={options} />
          <ResultLimit value={limit} onChange={setLimit} />
        </div>
        <p className="visually-hidden" aria-live="polite">
          {opportunities.status === 'done' ? t('matchmaking.forOpportunity.found', { count: found.length }) : ''}
        </p>
      </fieldset>
      {opportunities.status === 'failed' && <ErrorMessage error={opportunities.error} onRetry={opportunities.reload} />}
      {opportunityId === '' && <p>{t('matchmaking.forOpportunity.none')}</p>}
      {matches.status === 'loading' && opportunityId !== '' && <p aria-live="polite">{t('app.loading')}</p>}
      {matches.status === 'failed' && <ErrorMessage error={matches.error} onRetry={matches.reload} />}
      {matches.status === 'done' && matches.data !== undefined && (
        <>
          <p aria-live="polite" className="meta">
            {t('matchmaking.results', { count: matches.data.length })}
          </p>
          {matches.data.length === 0 && <p>{t('matchmaking.forOpportunity.empty')}</p>}
          <ol className="match-list">
            {matches.data.map((match, index) => (
              <li key={match.organisationId} className="card">
                <h2 className="match-title">
                  <span className="match-rank">{t('matchmaking.rank', { rank: index + 1 })}</span>
                  {user.role === 'member' ? match.name : <Link to={`/members/organisations/${match.organisationId}`}>{match.name}</Link>}
                </h2>
                <p className="match-score">{t('matchmaking.score', { score: format.number(Math.round(match.score * 100) / 100) })}</p>
                <MatchExplanation name={match.name} score={match.score} reasons={match.reasons} names={namesOf(match)} />
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
