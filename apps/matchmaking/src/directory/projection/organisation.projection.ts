import { type ProjectionWrite, splitOptional, type WriteChanges, writeFor } from '@icn/messaging';
import type {
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

const OPTIONAL_SNAPSHOT_FIELDS = ['companySize', 'city', 'website', 'description', 'trl'] as const;

/** Copies a contact field by field so that only snapshot fields (never class internals) are stored. */
function plainContact(contact: ContactSnapshotV1): ContactSnapshotV1 {
  return splitOptional(contact, []).set as unknown as ContactSnapshotV1;
}

/**
 * A snapshot replaces the whole profile. Lifecycle details that a snapshot does not carry (why it was
 * suspended, when it left) are kept only while the snapshot's status still agrees with them.
 */
function snapshotChanges(organisation: OrganisationSnapshotV1): WriteChanges {
  const { contacts, ...profile } = organisation;
  const { set, unset } = splitOptional(profile, OPTIONAL_SNAPSHOT_FIELDS);
  set['contacts'] = Object.fromEntries(contacts.map((contact) => [contact.contactId, plainContact(contact)]));
  if (organisation.status !== 'suspended') {
    unset.push('suspension');
  }
  if (organisation.status !== 'left') {
    unset.push('departure');
  }
  return { set, unset, upsert: true };
}

export function projectOrganisationJoined(event: CloudEvent<OrganisationJoinedV1>): ProjectionWrite {
  return writeFor(event, event.data.organisation.organisationId, snapshotChanges(event.data.organisation));
}

export function projectOrganisationUpdated(event: CloudEvent<OrganisationUpdatedV1>): ProjectionWrite {
  return writeFor(event, event.data.organisation.organisationId, snapshotChanges(event.data.organisation));
}

export function projectOrganisationSuspended(event: CloudEvent<OrganisationSuspendedV1>): ProjectionWrite {
  const { organisationId, reason, suspendedAt } = event.data;
  return writeFor(event, organisationId, {
    set: { status: 'suspended', suspension: { reason, suspendedAt } },
    unset: [],
    upsert: false,
  });
}

export function projectOrganisationReinstated(event: CloudEvent<OrganisationReinstatedV1>): ProjectionWrite {
  const { organisationId, reinstatedAt } = event.data;
  return writeFor(event, organisationId, {
    set: { status: 'active', reinstatedAt },
    unset: ['suspension'],
    upsert: false,
  });
}

export function projectOrganisationLeft(event: CloudEvent<OrganisationLeftV1>): ProjectionWrite {
  const { organisationId, reason, leftAt } = event.data;
  const departure = reason === undefined ? { leftAt } : { reason, leftAt };
  return writeFor(event, organisationId, {
    set: { status: 'left', departure },
    unset: ['suspension'],
    upsert: false,
  });
}

export function projectContactAdded(event: CloudEvent<ContactAddedV1>): ProjectionWrite {
  const { organisationId, contact } = event.data;
  // contactId is a validated UUID, so it cannot smuggle `.` or `$` into the field path.
  return writeFor(event, organisationId, {
    set: { [`contacts.${contact.contactId}`]: plainContact(contact) },
    unset: [],
    upsert: false,
  });
}

/** The event carries the whole contact: replacing the entry drops a cleared role or phone. */
export function projectContactUpdated(event: CloudEvent<ContactUpdatedV1>): ProjectionWrite {
  const { organisationId, contact } = event.data;
  return writeFor(event, organisationId, {
    set: { [`contacts.${contact.contactId}`]: plainContact(contact) },
    unset: [],
    upsert: false,
  });
}

export function projectContactRemoved(event: CloudEvent<ContactRemovedV1>): ProjectionWrite {
  const { organisationId, contactId } = event.data;
  return writeFor(event, organisationId, {
    set: {},
    unset: [`contacts.${contactId}`],
    upsert: false,
  });
}
