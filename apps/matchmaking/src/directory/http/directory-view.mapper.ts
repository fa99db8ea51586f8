import type { DirectoryClusterDocument } from '../persistence/directory-cluster.document';
import type { DirectoryOrganisationDocument } from '../persistence/directory-organisation.document';
import type { DirectoryClusterView } from './directory-cluster.view';
import type { DirectoryOrganisationView } from './directory-organisation.view';
import { toSyncView } from './directory-sync.view';

/**
 * Picks view fields explicitly so storage-only fields (`_id`, bookkeeping) never leak by accident.
 * The profile is network-wide; the contacts (personal data) only for `withContacts`, which the
 * controller decides with the platform's `canReadOrganisation`.
 */
export function toOrganisationView(document: DirectoryOrganisationDocument, withContacts: boolean): DirectoryOrganisationView {
  const contacts = withContacts
    ? Object.values(document.contacts ?? {}).sort((a, b) => a.name.localeCompare(b.name) || a.contactId.localeCompare(b.contactId))
    : undefined;
  return {
    organisationId: document.organisationId,
    clusterId: document.clusterId,
    name: document.name,
    helixType: document.helixType,
    companySize: document.companySize,
    country: document.country,
    city: document.city,
    website: document.website,
    description: document.description,
    sectors: document.sectors,
    technologies: document.technologies,
    offers: document.offers,
    needs: document.needs,
    trl: document.trl,
    contacts,
    status: document.status,
    joinedAt: document.joinedAt,
    suspension: document.suspension,
    reinstatedAt: document.reinstatedAt,
    departure: document.departure,
    sync: toSyncView(document),
  };
}

export function toClusterView(document: DirectoryClusterDocument): DirectoryClusterView {
  return {
    clusterId: document.clusterId,
    name: document.name,
    country: document.country,
    region: document.region,
    city: document.city,
    website: document.website,
    focusSectors: document.focusSectors,
    memberCounts: document.memberCounts,
    secretariat: document.secretariat,
    status: document.status,
    sync: toSyncView(document),
  };
}
