import type { ProjectionBookkeeping } from '@icn/messaging';
import type { CompanySize, ContactSnapshotV1, HelixType, OrganisationStatus, Sector } from '@icn/contracts';

/** Why and when a membership was suspended; kept until it is reinstated or a snapshot says otherwise. */
export interface DirectorySuspension {
  reason: string;
  suspendedAt: string;
}

/** How a membership ended; `left` is final in membership, so this is kept for good. */
export interface DirectoryDeparture {
  reason?: string;
  leftAt: string;
}

/**
 * Matchmaking's copy of a member organisation, built only from membership events.
 *
 * Contacts are stored as a map keyed by contact id (a validated UUID, so it is a safe field name)
 * rather than as an array: FerretDB's `$pull` only removes exact whole-element matches, while
 * `$set`/`$unset` on `contacts.<id>` let a contact-added/-removed event be applied in the same single
 * conditional update that guards the sequence.
 */
export interface DirectoryOrganisationDocument extends ProjectionBookkeeping {
  _id: string;
  organisationId: string;
  clusterId: string;
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
  contacts: Record<string, ContactSnapshotV1>;
  status: OrganisationStatus;
  joinedAt: string;
  suspension?: DirectorySuspension;
  reinstatedAt?: string;
  departure?: DirectoryDeparture;
}

export const DIRECTORY_ORGANISATIONS_COLLECTION = 'directory_organisations';
