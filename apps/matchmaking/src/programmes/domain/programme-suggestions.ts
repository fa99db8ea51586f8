import type { ProgrammeSnapshotV1 } from '@icn/contracts';
import type { OrganisationMatch } from '../../matching/match-explanation';
import type { OrganisationProfile } from '../../matching/matching-profile';
import { callWindowPhase, type CallWindowPhase } from './call-window';
import { toProgrammeProfile } from './programme-profile';
import { rankProgrammeCandidates, type ProgrammeRankOptions } from './rank-programme-candidates';

export interface ProgrammeSuggestions {
  phase: CallWindowPhase;
  /** Best first; empty when the call is not open. */
  items: OrganisationMatch[];
  /** Why nobody is ranked, when the call is not open. */
  notRankedBecause?: string;
}

/**
 * Members are suggested for a programme only while its call is open: that is when they can draft and
 * submit an application (the network service refuses both outside the window), so a suggestion
 * before or after it would point at something nobody can act on. Outside the window the answer is
 * an empty list that says why, not an error: the programme exists and the question is fair.
 */
export function suggestForProgramme(
  programme: ProgrammeSnapshotV1,
  organisations: Iterable<OrganisationProfile>,
  options: ProgrammeRankOptions,
  nowMs: number,
): ProgrammeSuggestions {
  const phase = callWindowPhase(programme.callWindow, nowMs);
  if (phase === 'upcoming') return { phase, items: [], notRankedBecause: `the call opens at ${programme.callWindow.opensAt}` };
  if (phase === 'closed') return { phase, items: [], notRankedBecause: `the call closed at ${programme.callWindow.closesAt}` };
  return { phase, items: rankProgrammeCandidates(toProgrammeProfile(programme), organisations, options) };
}
