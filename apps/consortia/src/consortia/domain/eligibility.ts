import type { ConsortiumMemberV1, EligibilityRulesV1, HelixType } from '@icn/contracts';
import { isBeneficiary } from './consortium';

export type EligibilityRule = 'min-partners' | 'max-partners' | 'min-countries' | 'required-helix-type' | 'min-sme-share';

export interface MissingRequirement {
  rule: EligibilityRule;
  message: string;
}

export interface EligibilityReport {
  eligible: boolean;
  missing: MissingRequirement[];
}

const HELIX_NAMES: Record<HelixType, string> = {
  company: 'a company',
  'public-authority': 'a public authority',
  'research-institution': 'a research institution',
  other: 'an organisation of type other',
};

/**
 * Checks the partnership against the call's rules and says what is missing, in words a coordinator
 * acts on ("needs a research institution"). Only beneficiaries count — the coordinator and the
 * partners — because programmes count the legal entities that sign the grant agreement; associated
 * partners and subcontractors get no grant and are not counted. Pending invitations do not count
 * either: an organisation is in only once it accepted.
 */
export function checkEligibility(rules: EligibilityRulesV1, members: readonly ConsortiumMemberV1[]): EligibilityReport {
  const beneficiaries = members.filter(isBeneficiary);
  const missing: MissingRequirement[] = [];
  const count = beneficiaries.length;

  if (count < rules.minPartners) {
    const short = rules.minPartners - count;
    missing.push({ rule: 'min-partners', message: `needs at least ${short} more ${short === 1 ? 'partner' : 'partners'} (${count} of ${rules.minPartners})` });
  }
  if (rules.maxPartners !== undefined && count > rules.maxPartners) {
    const over = count - rules.maxPartners;
    missing.push({ rule: 'max-partners', message: `has ${over} ${over === 1 ? 'partner' : 'partners'} too many (at most ${rules.maxPartners})` });
  }

  const countries = [...new Set(beneficiaries.map((member) => member.country))].sort();
  if (countries.length < rules.minCountries) {
    const short = rules.minCountries - countries.length;
    const need = short === 1 ? 'one more country' : `${short} more countries`;
    missing.push({ rule: 'min-countries', message: `needs ${need} (${countries.length} of ${rules.minCountries}${countries.length > 0 ? `: ${countries.join(', ')}` : ''})` });
  }

  const present = new Set(beneficiaries.map((member) => member.helixType));
  for (const helixType of rules.requiredHelixTypes) {
    if (!present.has(helixType)) missing.push({ rule: 'required-helix-type', message: `needs ${HELIX_NAMES[helixType]}` });
  }

  const smes = beneficiaries.filter((member) => member.helixType === 'company' && member.companySize === 'sme').length;
  // Compared in integers (smes/count < min/100) so 1 of 3 is not rounded into or out of a threshold.
  if (count > 0 && smes * 100 < rules.minSmeSharePercent * count) {
    missing.push({ rule: 'min-sme-share', message: `SME share ${percent((smes * 100) / count)}% < ${rules.minSmeSharePercent}%` });
  }

  return { eligible: missing.length === 0, missing };
}

/** A share: whole percentages as such (20), others to one decimal, rounded down so it never looks higher than it is (33.3). The threshold is shown as the call states it. */
function percent(value: number): string {
  return Number.isInteger(value) ? String(value) : (Math.floor(value * 10) / 10).toFixed(1);
}
