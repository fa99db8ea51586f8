import type { HelixType, ProgrammeSnapshotV1, Sector } from '@icn/contracts';
import { toOrganisationProfile, type OrganisationProfile } from '../../matching/matching-profile';

/** Who stands for the programme in offer/need explanations (`offer "…" (org) answers need "…" (programme)`). */
export const PROGRAMME_AS_PARTY = 'programme';

/**
 * A programme prepared for ranking members. Its eligibility lists become sets (empty: no
 * restriction, as the contract says). Its texts — the title and each clause of the description —
 * are shaped as an organisation that both needs and offers them (`asParty`), so the engine's own
 * normalisation and offer/need pairing apply unchanged: a member whose offer answers what the
 * programme describes ("heat pumps for municipal buildings"), or whose need the programme answers
 * ("access to city pilots"), fits for the same reasons it would fit an organisation saying so.
 */
export interface ProgrammeProfile {
  programmeId: string;
  title: string;
  /** Sorted, distinct; a member must work in one of them when there are any. */
  sectors: readonly Sector[];
  helixTypes: ReadonlySet<HelixType>;
  countries: ReadonlySet<string>;
  asParty: OrganisationProfile;
}

export type ProgrammeMatchingInput = Pick<ProgrammeSnapshotV1, 'programmeId' | 'title' | 'description' | 'eligibility'>;

export function toProgrammeProfile(programme: ProgrammeMatchingInput): ProgrammeProfile {
  const texts = programmeClauses(programme);
  const asParty = toOrganisationProfile({
    organisationId: PROGRAMME_AS_PARTY,
    clusterId: PROGRAMME_AS_PARTY,
    name: programme.title,
    helixType: 'other',
    country: '',
    sectors: [...programme.eligibility.sectors],
    technologies: [],
    offers: texts,
    needs: texts,
    status: 'active',
  });
  return {
    programmeId: programme.programmeId,
    title: programme.title,
    sectors: asParty.sectors,
    helixTypes: new Set(programme.eligibility.helixTypes),
    countries: new Set(programme.eligibility.countries),
    asParty,
  };
}

/**
 * The title and the description cut into clauses (at sentence ends, semicolons, colons, commas and
 * line breaks). Offers and needs are short noun phrases compared by the Dice coefficient of their
 * terms: against a whole 40-word paragraph every offer would fall below the similarity threshold,
 * against its clauses ("heat pumps", "pilot sites in European cities") a relevant one does not.
 */
export function programmeClauses(programme: Pick<ProgrammeSnapshotV1, 'title' | 'description'>): string[] {
  const clauses = (programme.description ?? '').split(/[.!?;:,\n]+(?:\s+|$)|\n/);
  return [programme.title, ...clauses].map((clause) => clause.trim()).filter((clause) => clause.length > 0);
}
