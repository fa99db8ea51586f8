import type { EligibilityRulesV1, HelixType, PartnerSearchGapsV1 } from '@icn/contracts';

/** What eligibility reads of a beneficiary, whether already a member or a proposed partner. */
export interface PartyTraits {
  country: string;
  helixType: HelixType;
  sme: boolean;
}

/**
 * What a set of beneficiaries still lacks against the rules, counted in units a single partner can
 * close: one partner, one country, one helix type, one SME. `overMax` counts partners beyond the
 * maximum (only adding can cause it here). The counts follow checkEligibility exactly.
 */
export interface PartnershipGaps {
  partners: number;
  countries: number;
  presentCountries: string[];
  helixTypes: HelixType[];
  smes: number;
  overMax: number;
}

export function gapsOfParties(rules: EligibilityRulesV1, parties: readonly PartyTraits[]): PartnershipGaps {
  const count = parties.length;
  const presentCountries = [...new Set(parties.map((party) => party.country))].sort();
  const presentHelixTypes = new Set(parties.map((party) => party.helixType));
  return {
    partners: Math.max(0, rules.minPartners - count),
    countries: Math.max(0, rules.minCountries - presentCountries.length),
    presentCountries,
    helixTypes: rules.requiredHelixTypes.filter((helixType) => !presentHelixTypes.has(helixType)),
    smes: smesMissing(count, parties.filter((party) => party.sme).length, rules.minSmeSharePercent),
    overMax: rules.maxPartners === undefined ? 0 : Math.max(0, count - rules.maxPartners),
  };
}

/** Every unit still missing: what the builder drives to zero. */
export function unitsOf(gaps: PartnershipGaps): number {
  return gaps.partners + gaps.countries + gaps.helixTypes.length + gaps.smes + gaps.overMax;
}

/**
 * How many SMEs must join (and nobody else) for the SME share to reach the minimum: the smallest k
 * with (smes + k) / (count + k) >= min. Computed in hundredths of a percent, in integers, so a
 * threshold such as 33.33 % is not rounded across. At 100 % every non-SME is a unit no addition
 * removes (the share cannot reach 100 % while one is in).
 */
export function smesMissing(count: number, smes: number, minSharePercent: number): number {
  const min = Math.round(minSharePercent * 100);
  const shortBy = min * count - 10_000 * smes;
  if (shortBy <= 0) return 0;
  if (min >= 10_000) return count - smes;
  return Math.ceil(shortBy / (10_000 - min));
}

/** The gaps as the PartnerSuggestionsRequested contract carries them. */
export function toRequestedGaps(gaps: PartnershipGaps): PartnerSearchGapsV1 {
  return {
    partnersMissing: gaps.partners,
    countriesMissing: gaps.countries,
    excludedCountries: gaps.presentCountries,
    helixTypesMissing: gaps.helixTypes,
    smesMissing: gaps.smes,
  };
}
