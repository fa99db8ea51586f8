import { useState } from 'react';
import { Link } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { useUser } from '../../app/session';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { useAsync } from '../../components/use-async';
import { format, t } from '../../i18n/catalogue';
import { MatchExplanation } from './MatchExplanation';
import { MatchmakingNav } from './MatchmakingNav';
import { RequestIntroductionForm } from './RequestIntroductionForm';
import { ResultLimit } from './ResultLimit';
import { SubjectChooser } from './SubjectChooser';
import { useSubjectOrganisation } from './use-subject';

/** Organisation → organisations: partners ranked for the chosen organisation, each with why, and a way to ask for an introduction. */
export function PartnerMatches() {
  const user = useUser();
  const subject = useSubjectOrganisation();
  const [limit, setLimit] = useState(20);
  const [requestingFor, setRequestingFor] = useState<string | undefined>();
  const [announcement, setAnnouncement] = useState('');
  const { organisationId } = subject;
  const matches = useAsync(
    async () =>
      organisationId === ''
        ? undefined
        : (await expectOk(api.matchmaking.GET('/matches/organisations/{organisationId}/organisations', { params: { path: { organisationId }, query: { limit } } }))).items,
    `${organisationId}|${limit}`,
  );
  const names = new Map<string, string>();
  if (subject.name !== undefined) names.set(organisationId, subject.name);

  return (
    <>
      <PageHeader title={t('matchmaking.partners.title')} />
      <MatchmakingNav search={subject.search} />
      <p>{t('matchmaking.partners.intro')}</p>
      <div className="toolbar">
        <SubjectChooser subject={subject} />
        <ResultLimit value={limit} onChange={setLimit} />
      </div>
      <p aria-live="polite" className={announcement === '' ? 'visually-hidden' : 'notice'}>
        {announcement}
        {announcement !== '' && (
          <>
            {' '}
            <Link to={`/matchmaking/introductions${subject.search}`}>{t('matchmaking.partners.toInbox')}</Link>
          </>
        )}
      </p>
      {organisationId === '' && <p>{t('matchmaking.subject.choose')}</p>}
      {matches.status === 'loading' && organisationId !== '' && <p aria-live="polite">{t('app.loading')}</p>}
      {matches.status === 'failed' && <ErrorMessage error={matches.error} onRetry={matches.reload} />}
      {matches.status === 'done' && matches.data !== undefined && (
        <>
          <p aria-live="polite" className="meta">
            {t('matchmaking.results', { count: matches.data.length })}
          </p>
          {matches.data.length === 0 && <p>{t('matchmaking.partners.empty')}</p>}
          <ol className="match-list">
            {matches.data.map((match, index) => (
              <li key={match.organisationId} className="card">
                <h2 className="match-title">
                  <span className="match-rank">{t('matchmaking.rank', { rank: index + 1 })}</span>
                  {user.role === 'member' ? match.name : <Link to={`/members/organisations/${match.organisationId}`}>{match.name}</Link>}
                </h2>
                <p className="match-score">{t('matchmaking.score', { score: format.number(Math.round(match.score * 100) / 100) })}</p>
                <MatchExplanation name={match.name} score={match.score} reasons={match.reasons} names={new Map([...names, [match.organisationId, match.name]])} />
                {requestingFor === match.organisationId ? (
                  <RequestIntroductionForm
                    requesterOrganisationId={organisationId}
                    target={match}
                    onCancel={() => setRequestingFor(undefined)}
                    onRequested={() => {
                      setRequestingFor(undefined);
                      setAnnouncement(t('matchmaking.request.sent', { name: match.name }));
                    }}
                  />
                ) : (
                  <button type="button" onClick={() => setRequestingFor(match.organisationId)}>
                    {t('matchmaking.request.open')}
                    <span className="visually-hidden"> {t('matchmaking.request.openTo', { name: match.name })}</span>
                  </button>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
