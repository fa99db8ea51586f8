import type {
  ClusterRegisteredV1,
  ClusterSnapshotV1,
  ClusterUpdatedV1,
  CloudEvent,
  ContactAddedV1,
  ContactRemovedV1,
  ContactSnapshotV1,
  ContactUpdatedV1,
  OrganisationJoinedV1,
  OrganisationLeftV1,
  OrganisationReinstatedV1,
  OrganisationSnapshotV1,
  OrganisationSuspendedV1,
  OrganisationUpdatedV1,
} from '@icn/contracts';
import { type ProjectionWrite, writeFor } from '@icn/messaging';

/**
 * What one membership event does to one read-model document. Snapshot events (registered, joined,
 * updated) carry the full state and may create the document (`upsert`); status deltas (suspended,
 * reinstated, left) only change an existing one. The sequence guard itself is the shared
 * GuardedProjection's.
 */
function clusterFields(cluster: ClusterSnapshotV1): Record<string, unknown> {
  return { name: cluster.name, country: cluster.country, status: cluster.status };
}

function organisationFields(organisation: OrganisationSnapshotV1): Record<string, unknown> {
  return {
    clusterId: organisation.clusterId,
    name: organisation.name,
    helixType: organisation.helixType,
    country: organisation.country,
    sectors: [...organisation.sectors],
    technologies: [...organisation.technologies],
    status: organisation.status,
    contacts: Object.fromEntries(organisation.contacts.map((contact) => [contact.contactId, contactFields(contact)])),
  };
}

function contactFields(contact: ContactSnapshotV1): Record<string, unknown> {
  return { name: contact.name, email: contact.email };
}

/** `updatedAt` stays on the documents: readers of the directory use it, not the bookkeeping. */
function write(event: CloudEvent<unknown>, id: string, set: Record<string, unknown>, upsert: boolean): ProjectionWrite {
  return writeFor(event, id, { set: { ...set, updatedAt: event.time }, unset: [], upsert });
}

export const projectClusterRegistered = (event: CloudEvent<ClusterRegisteredV1>): ProjectionWrite =>
  write(event, event.data.cluster.clusterId, clusterFields(event.data.cluster), true);

export const projectClusterUpdated = (event: CloudEvent<ClusterUpdatedV1>): ProjectionWrite =>
  write(event, event.data.cluster.clusterId, clusterFields(event.data.cluster), true);

export const projectOrganisationJoined = (event: CloudEvent<OrganisationJoinedV1>): ProjectionWrite =>
  write(event, event.data.organisation.organisationId, organisationFields(event.data.organisation), true);

export const projectOrganisationUpdated = (event: CloudEvent<OrganisationUpdatedV1>): ProjectionWrite =>
  write(event, event.data.organisation.organisationId, organisationFields(event.data.organisation), true);

export const projectOrganisationSuspended = (event: CloudEvent<OrganisationSuspendedV1>): ProjectionWrite =>
  write(event, event.data.organisationId, { status: 'suspended' }, false);

export const projectOrganisationReinstated = (event: CloudEvent<OrganisationReinstatedV1>): ProjectionWrite =>
  write(event, event.data.organisationId, { status: 'active' }, false);

export const projectOrganisationLeft = (event: CloudEvent<OrganisationLeftV1>): ProjectionWrite =>
  write(event, event.data.organisationId, { status: 'left' }, false);

// Contact ids are UUIDs (no dots), so `contacts.<id>` addresses exactly one entry of the map.
export const projectContactAdded = (event: CloudEvent<ContactAddedV1>): ProjectionWrite =>
  write(event, event.data.organisationId, { [`contacts.${event.data.contact.contactId}`]: contactFields(event.data.contact) }, false);

export const projectContactUpdated = (event: CloudEvent<ContactUpdatedV1>): ProjectionWrite =>
  write(event, event.data.organisationId, { [`contacts.${event.data.contact.contactId}`]: contactFields(event.data.contact) }, false);

export const projectContactRemoved = (event: CloudEvent<ContactRemovedV1>): ProjectionWrite =>
  writeFor(event, event.data.organisationId, { set: { updatedAt: event.time }, unset: [`contacts.${event.data.contactId}`], upsert: false });
