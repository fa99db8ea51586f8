import { DomainValidationError, withoutUndefined } from '@icn/platform';
import type { CompanySize, HelixType, OrganisationSnapshotV1, OrganisationStatus, Sector } from '@icn/contracts';

/** What a member organisation says about itself; everything a profile update may change. */
export interface OrganisationProfile {
  name: string;
  helixType: HelixType;
  companySize?: CompanySize;
  country: string;
  city?: string;
  website?: string;
  description?: string;
  sectors: Sector[];
  technologies: string[];
  offers: string[];
  needs: string[];
  trl?: number;
}

export interface Contact {
  contactId: string;
  name: string;
  role?: string;
  email: string;
  phone?: string;
}

/** The organisation aggregate: profile + membership facts + the version its events are numbered by. */
export interface OrganisationState extends OrganisationProfile {
  organisationId: string;
  clusterId: string;
  contacts: Contact[];
  status: OrganisationStatus;
  joinedAt: string;
  suspendedAt?: string;
  suspensionReason?: string;
  leftAt?: string;
  leftReason?: string;
  updatedAt: string;
  version: number;
}

/** Profile fields that may be cleared (set to null in a PATCH); the others are always present. */
export const CLEARABLE_PROFILE_FIELDS = ['companySize', 'city', 'website', 'description', 'trl'] as const;

/**
 * The triple-helix rule the DTO cannot check on a partial update: companies have a size (SME or
 * large), other helix types have none. Checked on every resulting profile.
 */
export function assertProfileConsistent(profile: OrganisationProfile): void {
  if (profile.helixType === 'company' && profile.companySize === undefined) {
    throw new DomainValidationError('companySize', 'is required when helixType is company');
  }
  if (profile.helixType !== 'company' && profile.companySize !== undefined) {
    throw new DomainValidationError('companySize', 'applies only when helixType is company');
  }
}

/** The public (event) view: membership bookkeeping such as suspension reasons stays internal. */
export function toOrganisationSnapshot(state: OrganisationState): OrganisationSnapshotV1 {
  return withoutUndefined({
    organisationId: state.organisationId,
    clusterId: state.clusterId,
    name: state.name,
    helixType: state.helixType,
    companySize: state.companySize,
    country: state.country,
    city: state.city,
    website: state.website,
    description: state.description,
    sectors: [...state.sectors],
    technologies: [...state.technologies],
    offers: [...state.offers],
    needs: [...state.needs],
    trl: state.trl,
    contacts: state.contacts.map((contact) => withoutUndefined({ ...contact })),
    status: state.status,
    joinedAt: state.joinedAt,
  });
}
