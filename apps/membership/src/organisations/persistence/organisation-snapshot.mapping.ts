import type { SnapshotMapping } from '@icn/messaging';
import { withoutUndefined } from '@icn/platform';
import type { OrganisationState } from '../domain/organisation';
import type { OrganisationDocument } from './organisation.schema';

/**
 * A organisation's state as its snapshot document and back: the id becomes `_id`, an absent optional
 * field is absent from the document (the snapshot is replaced whole, so nothing stale survives).
 */
export const organisationSnapshotMapping: SnapshotMapping<OrganisationState, OrganisationDocument> = {
  toDocument(state) {
    const { organisationId: _id, ...fields } = state;
    return { ...withoutUndefined(fields), _id };
  },
  /** Also reads snapshots written before ADR 12, which still carry their `outbox` array. */
  toState(document) {
    const { _id, outbox: _legacyOutbox, ...fields } = document as OrganisationDocument & { outbox?: unknown };
    return withoutUndefined({ ...fields, organisationId: _id, contacts: fields.contacts.map((contact) => withoutUndefined({ ...contact })) });
  },
};
