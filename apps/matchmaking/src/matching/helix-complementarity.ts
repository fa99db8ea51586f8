import { HELIX_TYPES, type HelixType } from '@icn/contracts';
import type { HelixReason } from './match-explanation';
import type { OrganisationProfile } from './matching-profile';
import { MATCHING_WEIGHTS as W } from './matching-weights';

type HelixPairKey = keyof typeof W.helixComplementarity;

interface HelixRule {
  pair: HelixPairKey;
  weight: number;
}

/** The rule of each ordered pair of helix types, resolved once so the ranking loop does two lookups. */
const RULES: ReadonlyMap<HelixType, ReadonlyMap<HelixType, HelixRule>> = new Map(
  HELIX_TYPES.map((left) => [left, new Map(HELIX_TYPES.flatMap((right) => ruleFor(left, right)))]),
);

/** The most `helixScore` can add: a bound the ranking loop uses before reading profiles. */
export const MAX_HELIX_SCORE = Math.max(...Object.values(W.helixComplementarity)) + W.companySizeComplementarity;

/** The helix rules two organisations meet (see MATCHING_WEIGHTS for why these pairs). */
export function helixReasons(left: OrganisationProfile, right: OrganisationProfile): HelixReason[] {
  const reasons: HelixReason[] = [];
  const rule = RULES.get(left.helixType)?.get(right.helixType);
  if (rule !== undefined) reasons.push({ kind: 'helix', rule: 'helix-complementarity', pair: rule.pair, weight: rule.weight, contribution: rule.weight });
  if (sizesComplement(left, right)) {
    reasons.push({ kind: 'helix', rule: 'company-size-complementarity', weight: W.companySizeComplementarity, contribution: W.companySizeComplementarity });
  }
  return reasons;
}

/** What `helixReasons` add up to, without building them. */
export function helixScore(left: OrganisationProfile, right: OrganisationProfile): number {
  const rule = RULES.get(left.helixType)?.get(right.helixType);
  return (rule?.weight ?? 0) + (sizesComplement(left, right) ? W.companySizeComplementarity : 0);
}

function sizesComplement(left: OrganisationProfile, right: OrganisationProfile): boolean {
  return left.companySize !== undefined && right.companySize !== undefined && left.companySize !== right.companySize;
}

function ruleFor(left: HelixType, right: HelixType): [HelixType, HelixRule][] {
  const pair = [left, right].sort().join('+');
  return isHelixPairKey(pair) ? [[right, { pair, weight: W.helixComplementarity[pair] }]] : [];
}

function isHelixPairKey(key: string): key is HelixPairKey {
  return Object.hasOwn(W.helixComplementarity, key);
}
