import { useState } from 'react';
import { Link } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { useAsync } from '../../components/use-async';
import { format, t } from '../../i18n/catalogue';
import { MatchExplanation } from './MatchExplanation';
import { MatchmakingNav } from './MatchmakingNav';
import { ResultLimit } from './ResultLimit';
import { SubjectChooser } from './SubjectChooser';
import { useSubjectOrganisation } from './use-subject';

/** Organisation → open opportunities: what the chosen organisation should look at, best first, each with why. */
export function OpportunityMatches() {
  const subject = useSubjectOrganisation();
  const [limit, setLimit] = useState(20);
  const { organisationId } = subject;
  const matches = useAsync(
    async () =>
      organisationId === ''
        ? undefined
        : (await expectOk(api.matchmaking.GET('/matches/organisations/{organisationId}/opportunities', { params: { path: { organisationId }, query: { limit } } }))).items,
    `${organisationId}|${limit}`,
  );
  const subjectNames: [string, string][] = subject.name !== undefined ? [[organisationId, subject.name]] : [];

  return (
    <>
      <PageHeader title={t('matchmaking.opportunities.title')} />
      <MatchmakingNav search={subject.search} />
      <p>{t('matchmaking.opportunities.intro')}</p>
      <div className="toolbar">
        <SubjectChooser subject={subject} />
        <ResultLimit value={limit} onChange={setLimit} />
      </div>
      {organisationId === '' && <p>{t('matchmaking.subject.choose')}</p>}
      {matches.status === 'loading' && organisationId !== '' && <p aria-live="polite">{t('app.loading')}</p>}
      {matches.status === 'failed' && <ErrorMessage error={matches.error} onRetry={matches.reload} />}
      {matches.status === 'done' && matches.data !== undefined && (
        <>
          <p aria-live="polite" className="meta">
            {t('matchmaking.results', { count: matches.data.length })}
          </p>
          {matches.data.length === 0 && <p>{t('matchmaking.opportunities.empty')}</p>}
          <ol className="match-list">
            {matches.data.map((match, index) => (
              <li key={match.opportunityId} className="card">
                <h2 className="match-title">
                  <span className="match-rank">{t('matchmaking.rank', { rank: index + 1 })}</span>
                  <Link to={`/opportunities/${match.opportunityId}`}>{match.title}</Link>
                </h2>
                <p className="match-score">{t('matchmaking.score', { score: format.number(Math.round(match.score * 100) / 100) })}</p>
                <MatchExplanation name={match.title} score={match.score} reasons={match.reasons} names={new Map([...subjectNames, [match.opportunityId, match.title]])} />
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
