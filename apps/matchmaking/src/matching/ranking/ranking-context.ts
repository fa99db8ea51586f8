import type { Principal } from '@icn/platform';
import type { IntroductionHistory } from '../introduction-history';

/** The caller of a ranking, as far as visibility is concerned. */
export type OpportunityViewer = Pick<Principal, 'role' | 'clusterId'>;
import type { MatchScore } from '../match-explanation';

/** What one ranking call needs besides its subject. */
export interface RankingContext {
  history: IntroductionHistory;
  nowMs: number;
  limit: number;
  /** Candidates scoring below this are left out (a suggestion threshold). */
  minScore: number;
  /** When set, opportunities this caller may not see are never ranked. */
  viewer?: OpportunityViewer;
}

/**
 * The explanation of a ranked candidate. The ranking loop and the explainer compute the score with
 * the same functions, so a candidate the loop kept always explains; if not, the two have drifted
 * apart and the ranking must not be served.
 */
export function mustExplain(explained: MatchScore | undefined, what: string): MatchScore {
  if (explained === undefined) throw new Error(`matching: ${what} was ranked but does not explain`);
  return explained;
}
