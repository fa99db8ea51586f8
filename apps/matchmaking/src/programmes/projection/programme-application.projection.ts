import { type ProjectionWrite, writeFor } from '@icn/messaging';
import type { ApplicationSnapshotV1, CloudEvent } from '@icn/contracts';

/** Every application event carries the full application. */
export interface ApplicationSnapshotEvent {
  application: ApplicationSnapshotV1;
}

/**
 * Any application event sets who applied to which programme and where the application stands, under
 * the sequence guard (network publishes `sequence` = the application's version); upsert allowed, as
 * each event carries the full state.
 */
export function projectProgrammeApplication(event: CloudEvent<ApplicationSnapshotEvent>): ProjectionWrite {
  const { applicationId, programmeId, organisationId, clusterId, status } = event.data.application;
  return writeFor(event, applicationId, { set: { programmeId, organisationId, clusterId, status }, unset: [], upsert: true });
}
