import type { MatchReasonV1 } from '@icn/contracts';
import type { MatchReason } from '../../matching/match-explanation';

/**
 * The engine's explanation in the published contract's shape: what matched (`matched`), one
 * sentence for people (`summary`), and the weight or factor with its contribution. The engine's
 * types stay internal so it can evolve; the contract is what other services and integrators read.
 */
export function toMatchReason(reason: MatchReason): MatchReasonV1 {
  switch (reason.kind) {
    case 'sector':
      return additive(reason, [reason.sector], `both work in the sector ${reason.sector}`);
    case 'technology':
      return additive(reason, [reason.technology], `both list the technology ${reason.technology}`);
    case 'offer-need':
      return additive(
        reason,
        reason.sharedTerms,
        `offer "${reason.offer}" (${reason.offeredBy}) answers need "${reason.need}" (${reason.neededBy}), similarity ${reason.similarity.toFixed(2)}`,
      );
    case 'country':
      return reason.rule === 'targeted-country'
        ? additive(reason, [reason.country], `the opportunity targets ${reason.country}, where the organisation is`, reason.rule)
        : additive(reason, [reason.country], `need "${reason.need}" (${reason.neededBy}) names ${reason.country}`, reason.rule);
    case 'helix':
      switch (reason.rule) {
        case 'targeted-helix-type':
          return additive(reason, [reason.helixType], `the opportunity targets ${reason.helixType}s`, reason.rule);
        case 'helix-complementarity':
          return additive(reason, [reason.pair], `complementary helix types ${reason.pair}`, reason.rule);
        case 'company-size-complementarity':
          return additive(reason, [], 'an SME and a large company complement each other', reason.rule);
      }
      break;
    case 'cluster':
      return additive(reason, [reason.clusterId], `the opportunity targets the cluster ${reason.clusterId}`, reason.rule);
    case 'outcome-feedback':
      return reason.rule === 'track-record'
        ? multiplicative(reason, reason.organisationIds, `track record of past introductions x${reason.factor.toFixed(3)}`)
        : multiplicative(reason, [...reason.between], `a previous introduction of this pair ended in ${reason.outcome} x${reason.factor}`);
  }
}

function additive(reason: { kind: MatchReasonV1['kind']; weight: number; contribution: number }, matched: string[], summary: string, rule?: string): MatchReasonV1 {
  return { kind: reason.kind, ...(rule ? { rule } : {}), matched, summary, weight: reason.weight, contribution: reason.contribution };
}

function multiplicative(
  reason: { kind: MatchReasonV1['kind']; rule: string; factor: number; contribution: number },
  matched: string[],
  summary: string,
): MatchReasonV1 {
  return { kind: reason.kind, rule: reason.rule, matched, summary, factor: reason.factor, contribution: reason.contribution };
}
