import type { HelixType, OrganisationStatus, ProgrammeEligibilityV1, Sector } from '@icn/contracts';

/** What the directory read model tells about an applicant organisation. */
export interface ApplicantProfile {
  organisationId: string;
  name: string;
  clusterId: string;
  country: string;
  helixType: HelixType;
  sectors: readonly Sector[];
  status: OrganisationStatus;
}

/**
 * Why an organisation may not apply to a programme — each unmet condition, named — or an empty
 * list when it may. An empty list in the eligibility does not restrict; a non-empty one must be met
 * (sectors: at least one in common).
 */
export function eligibilityGaps(eligibility: ProgrammeEligibilityV1, applicant: ApplicantProfile): string[] {
  const gaps: string[] = [];
  if (applicant.status !== 'active') gaps.push(`${applicant.name} is ${applicant.status}, not an active member`);
  if (eligibility.sectors.length > 0 && !applicant.sectors.some((sector) => eligibility.sectors.includes(sector))) {
    gaps.push(`no sector in common with the programme's (${eligibility.sectors.join(', ')})`);
  }
  if (eligibility.helixTypes.length > 0 && !eligibility.helixTypes.includes(applicant.helixType)) {
    gaps.push(`helix type ${applicant.helixType} is not among the programme's (${eligibility.helixTypes.join(', ')})`);
  }
  if (eligibility.countries.length > 0 && !eligibility.countries.includes(applicant.country)) {
    gaps.push(`country ${applicant.country} is not among the programme's (${eligibility.countries.join(', ')})`);
  }
  return gaps;
}
