import type { ProjectionBookkeeping } from '@icn/messaging';
import type { CompanySize, HelixType, OrganisationStatus } from '@icn/contracts';

/**
 * Consortia's copy of a member organisation, built only from membership events, and only what
 * formation and eligibility need (who it is, where, which helix type, SME or not, still active).
 * Contacts and profile text stay in matchmaking's richer directory.
 */
export interface DirectoryOrganisationDocument extends ProjectionBookkeeping {
  _id: string;
  organisationId: string;
  clusterId: string;
  name: string;
  helixType: HelixType;
  companySize?: CompanySize;
  country: string;
  status: OrganisationStatus;
}

export const DIRECTORY_ORGANISATIONS_COLLECTION = 'directory_organisations';
