import { INTRODUCTION_OUTCOMES, type IntroductionOutcome, type OutcomeCounts } from './introduction-history';
import type { OutcomeFeedbackReason } from './match-explanation';
import { MATCHING_WEIGHTS } from './matching-weights';

const FEEDBACK = MATCHING_WEIGHTS.outcomeFeedback;

/**
 * How introduction outcomes feed back into ranking. Both effects multiply the base score, so they
 * reorder matches but never create one, and stay bounded whatever the scale of the score:
 *
 * - track record: 1 + maxTrackRecordBoost x (sum of outcome successes) / (introductions + prior),
 *   in [1, 1.2). Members whose introductions led somewhere are suggested a little more; a poor record
 *   never pushes a member below a newcomer (1.0), so joining late or having bad luck is not punished.
 * - previous introduction of the same pair: if its latest outcome was "no further contact", the pair
 *   is halved. They met and chose not to continue; suggesting them again at full strength would be noise.
 */

/**
 * No feedback factor reaches this (the track record stays below it, a previous introduction only
 * lowers): base x MAX_FEEDBACK_FACTOR bounds a score, so the ranking loops skip a candidate whose
 * bound cannot enter the top K before looking it up in the history.
 */
export const MAX_FEEDBACK_FACTOR = 1 + FEEDBACK.maxTrackRecordBoost;

export function trackRecordFactor(counts: OutcomeCounts | undefined): number {
  if (counts === undefined) return 1;
  let introductions = 0;
  let successes = 0;
  for (const outcome of INTRODUCTION_OUTCOMES) {
    const count = counts[outcome] ?? 0;
    introductions += count;
    successes += count * FEEDBACK.outcomeSuccess[outcome];
  }
  return 1 + (FEEDBACK.maxTrackRecordBoost * successes) / (introductions + FEEDBACK.trackRecordPrior);
}

export function previousIntroductionFactor(outcome: IntroductionOutcome | undefined): number {
  return outcome === 'no-further-contact' ? FEEDBACK.noFurtherContactFactor : 1;
}

/** base x track record x previous introduction, in that order: the one formula both ranking paths use. */
export function scoreWithFeedback(base: number, trackRecord: number, previousOutcome: IntroductionOutcome | undefined): number {
  return base * trackRecord * previousIntroductionFactor(previousOutcome);
}

/** The feedback applicable to one pair, as the scorers gather it. */
export interface PairFeedback {
  trackRecord: { factor: number; organisationIds: string[] };
  previousIntroduction?: { outcome: IntroductionOutcome; between: [string, string] };
}

/** The score after feedback (see `scoreWithFeedback`), with a reason for each factor that changes it. */
export function applyFeedback(base: number, feedback: PairFeedback): { score: number; reasons: OutcomeFeedbackReason[] } {
  const reasons: OutcomeFeedbackReason[] = [];
  const afterTrackRecord = base * feedback.trackRecord.factor;
  if (feedback.trackRecord.factor !== 1) {
    reasons.push({
      kind: 'outcome-feedback',
      rule: 'track-record',
      organisationIds: feedback.trackRecord.organisationIds,
      factor: feedback.trackRecord.factor,
      contribution: afterTrackRecord - base,
    });
  }
  const previous = feedback.previousIntroduction;
  const factor = previousIntroductionFactor(previous?.outcome);
  const score = scoreWithFeedback(base, feedback.trackRecord.factor, previous?.outcome);
  if (previous !== undefined && factor !== 1) {
    reasons.push({ kind: 'outcome-feedback', rule: 'previous-introduction', outcome: previous.outcome, between: previous.between, factor, contribution: score - afterTrackRecord });
  }
  return { score, reasons };
}
