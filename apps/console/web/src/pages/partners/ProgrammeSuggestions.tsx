import { Link } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { useUser } from '../../app/session';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useAsync } from '../../components/use-async';
import { format, t } from '../../i18n/catalogue';
import { MatchExplanation } from '../matchmaking/MatchExplanation';
import type { Programme } from './labels';

const SUGGESTIONS = 20;

/**
 * Matchmaking's ranking of members for the programme (GET /matches/programmes/:id/organisations), each
 * with its reasons, for the people who encourage members to apply: the secretariat across the network,
 * a cluster manager among its own cluster's members. Members who already applied are left out (counted
 * only where the caller may know of the application); outside the call window nobody is ranked, and
 * the service says why.
 */
export function ProgrammeSuggestions({ programme }: { programme: Programme }) {
  const user = useUser();
  const clusterId = user.role === 'cluster-manager' ? user.clusterId : undefined;
  const ranking = useAsync(
    () =>
      expectOk(
        api.matchmaking.GET('/matches/programmes/{programmeId}/organisations', {
          params: { path: { programmeId: programme.programmeId }, query: { limit: SUGGESTIONS, ...(clusterId !== undefined && { clusterId }) } },
        }),
      ),
    `${programme.programmeId}|${programme.version}`,
  );
  const names = (match: { organisationId: string; name: string }) =>
    new Map([
      [match.organisationId, match.name],
      [programme.programmeId, programme.title],
    ]);
  return (
    <section aria-labelledby="programme-suggestions">
      <h2 id="programme-suggestions">{t('programmes.suggestions.title')}</h2>
      <p>{clusterId === undefined ? t('programmes.suggestions.introNetwork') : t('programmes.suggestions.introCluster', { cluster: clusterId })}</p>
      {ranking.status === 'loading' && <p aria-live="polite">{t('app.loading')}</p>}
      {ranking.status === 'failed' && <ErrorMessage error={ranking.error} onRetry={ranking.reload} />}
      {ranking.status === 'done' && (
        <>
          {ranking.data.notRankedBecause !== undefined && <p className="notice">{ranking.data.notRankedBecause}</p>}
          {ranking.data.applicantsLeftOut > 0 && <p className="meta">{t('programmes.suggestions.applicantsLeftOut', { count: ranking.data.applicantsLeftOut })}</p>}
          {ranking.data.items.length === 0 && ranking.data.notRankedBecause === undefined && <p>{t('programmes.suggestions.empty')}</p>}
          <ol className="match-list">
            {ranking.data.items.map((match, index) => (
              <li key={match.organisationId} className="card">
                <h3 className="match-title">
                  <span className="match-rank">{t('matchmaking.rank', { rank: index + 1 })}</span>
                  <Link to={`/members/organisations/${match.organisationId}`}>{match.name}</Link>
                </h3>
                <p className="match-score">{t('matchmaking.score', { score: format.number(Math.round(match.score * 100) / 100) })}</p>
                <MatchExplanation name={match.name} score={match.score} reasons={match.reasons} names={names(match)} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
