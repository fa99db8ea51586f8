import type { ProjectionBookkeeping } from '@icn/messaging';
import type { CompanySize, HelixType, OrganisationStatus, Sector } from '@icn/contracts';

/**
 * Network's copy of a member organisation, built only from membership events, and only what a
 * programme's eligibility and an application need (who it is, its cluster, country, helix type,
 * size and sectors, still active). Contacts and profile text stay in matchmaking's richer directory.
 */
export interface DirectoryOrganisationDocument extends ProjectionBookkeeping {
  _id: string;
  organisationId: string;
  clusterId: string;
  name: string;
  helixType: HelixType;
  companySize?: CompanySize;
  country: string;
  sectors: Sector[];
  status: OrganisationStatus;
}

export const DIRECTORY_ORGANISATIONS_COLLECTION = 'directory_organisations';
