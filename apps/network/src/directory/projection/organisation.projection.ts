import { type ProjectionWrite, type WriteChanges, writeFor } from '@icn/messaging';
import type {
  CloudEvent,
  OrganisationJoinedV1,
  OrganisationLeftV1,
  OrganisationReinstatedV1,
  OrganisationSnapshotV1,
  OrganisationSuspendedV1,
  OrganisationUpdatedV1,
} from '@icn/contracts';

/**
 * A snapshot replaces the fields network keeps (and may create the document). Contact events are
 * not consumed: they only bump the sequence, and the guard applies any newer event, so skipping
 * them loses nothing network stores.
 */
function snapshotChanges(organisation: OrganisationSnapshotV1): WriteChanges {
  const { organisationId, clusterId, name, helixType, companySize, country, sectors, status } = organisation;
  const set: Record<string, unknown> = { organisationId, clusterId, name, helixType, country, sectors, status };
  if (companySize !== undefined) set['companySize'] = companySize;
  return { set, unset: companySize === undefined ? ['companySize'] : [], upsert: true };
}

export function projectOrganisationJoined(event: CloudEvent<OrganisationJoinedV1>): ProjectionWrite {
  return writeFor(event, event.data.organisation.organisationId, snapshotChanges(event.data.organisation));
}

export function projectOrganisationUpdated(event: CloudEvent<OrganisationUpdatedV1>): ProjectionWrite {
  return writeFor(event, event.data.organisation.organisationId, snapshotChanges(event.data.organisation));
}

/** Status deltas need the organisation to be there already (upsert false → `missing`). */
function statusChange(event: CloudEvent<unknown>, organisationId: string, status: OrganisationSnapshotV1['status']): ProjectionWrite {
  return writeFor(event, organisationId, { set: { status }, unset: [], upsert: false });
}

export function projectOrganisationSuspended(event: CloudEvent<OrganisationSuspendedV1>): ProjectionWrite {
  return statusChange(event, event.data.organisationId, 'suspended');
}

export function projectOrganisationReinstated(event: CloudEvent<OrganisationReinstatedV1>): ProjectionWrite {
  return statusChange(event, event.data.organisationId, 'active');
}

export function projectOrganisationLeft(event: CloudEvent<OrganisationLeftV1>): ProjectionWrite {
  return statusChange(event, event.data.organisationId, 'left');
}
