import type {
  ClusterRegisteredV1,
  ClusterSnapshotV1,
  ClusterUpdatedV1,
  CloudEvent,
  OrganisationJoinedV1,
  OrganisationLeftV1,
  OrganisationReinstatedV1,
  OrganisationSnapshotV1,
  OrganisationSuspendedV1,
  OrganisationUpdatedV1,
} from '@icn/contracts';

/**
 * What one membership event does to one read-model document. Snapshot events (registered, joined,
 * updated) carry the full state and may create the document (`upsert`); status deltas (suspended,
 * reinstated, left) only change an existing one.
 */
export interface DirectoryWrite {
  kind: 'cluster' | 'organisation';
  id: string;
  sequence: number;
  set: Record<string, unknown>;
  upsert: boolean;
}

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
  };
}

function write(kind: DirectoryWrite['kind'], event: CloudEvent<unknown>, id: string, set: Record<string, unknown>, upsert: boolean): DirectoryWrite {
  return { kind, id, sequence: event.subjectsequence, set: { ...set, updatedAt: event.time }, upsert };
}

export const projectClusterRegistered = (event: CloudEvent<ClusterRegisteredV1>): DirectoryWrite =>
  write('cluster', event, event.data.cluster.clusterId, clusterFields(event.data.cluster), true);

export const projectClusterUpdated = (event: CloudEvent<ClusterUpdatedV1>): DirectoryWrite =>
  write('cluster', event, event.data.cluster.clusterId, clusterFields(event.data.cluster), true);

export const projectOrganisationJoined = (event: CloudEvent<OrganisationJoinedV1>): DirectoryWrite =>
  write('organisation', event, event.data.organisation.organisationId, organisationFields(event.data.organisation), true);

export const projectOrganisationUpdated = (event: CloudEvent<OrganisationUpdatedV1>): DirectoryWrite =>
  write('organisation', event, event.data.organisation.organisationId, organisationFields(event.data.organisation), true);

export const projectOrganisationSuspended = (event: CloudEvent<OrganisationSuspendedV1>): DirectoryWrite =>
  write('organisation', event, event.data.organisationId, { status: 'suspended' }, false);

export const projectOrganisationReinstated = (event: CloudEvent<OrganisationReinstatedV1>): DirectoryWrite =>
  write('organisation', event, event.data.organisationId, { status: 'active' }, false);

export const projectOrganisationLeft = (event: CloudEvent<OrganisationLeftV1>): DirectoryWrite =>
  write('organisation', event, event.data.organisationId, { status: 'left' }, false);

/**
 * The sequence guard as ONE conditional update: it matches only a document older than the event,
 * and sets `lastSequence` in the same statement. Newer-than (not exactly-next) because membership
 * events of one aggregate arrive in order, so a gap means a predecessor was dead-lettered; a
 * snapshot heals it. Older or equal sequences are redeliveries and are skipped.
 */
export function toGuardedUpdate(change: DirectoryWrite): {
  filter: { _id: string; lastSequence: { $lt: number } };
  update: { $set: Record<string, unknown> };
  upsert: boolean;
} {
  return {
    filter: { _id: change.id, lastSequence: { $lt: change.sequence } },
    update: { $set: { ...change.set, lastSequence: change.sequence } },
    upsert: change.upsert,
  };
}
