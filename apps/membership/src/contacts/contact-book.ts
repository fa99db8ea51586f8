import { type Change, eventOf } from '@icn/messaging';
import { DomainConflictError } from '@icn/platform';
import { ContactAdded, ContactRemoved } from '@icn/contracts';
import { withoutUndefined } from '../common/without-undefined';
import type { Contact, OrganisationState } from '../organisations/organisation';

/** Mirrors the snapshot's limit so a state we accept is always a snapshot consumers accept. */
export const MAX_CONTACTS = 50;

export function addContact(state: OrganisationState, contact: Contact, now: Date): Change<OrganisationState> {
  assertNotLeft(state);
  if (state.contacts.length >= MAX_CONTACTS) {
    throw new DomainConflictError(`organisation ${state.organisationId} already has the maximum of ${MAX_CONTACTS} contacts`);
  }
  const email = contact.email.toLowerCase();
  if (state.contacts.some((existing) => existing.email.toLowerCase() === email)) {
    throw new DomainConflictError(`organisation ${state.organisationId} already has a contact with email ${contact.email}`);
  }
  const added = withoutUndefined(contact);
  const next: OrganisationState = { ...state, contacts: [...state.contacts, added], version: state.version + 1, updatedAt: now.toISOString() };
  return {
    state: next,
    event: eventOf(ContactAdded, { organisationId: state.organisationId, clusterId: state.clusterId, contact: added }),
  };
}

export function removeContact(state: OrganisationState, contactId: string, now: Date): Change<OrganisationState> | undefined {
  assertNotLeft(state);
  if (!state.contacts.some((contact) => contact.contactId === contactId)) return undefined;
  const next: OrganisationState = {
    ...state,
    contacts: state.contacts.filter((contact) => contact.contactId !== contactId),
    version: state.version + 1,
    updatedAt: now.toISOString(),
  };
  return {
    state: next,
    event: eventOf(ContactRemoved, { organisationId: state.organisationId, clusterId: state.clusterId, contactId }),
  };
}

function assertNotLeft(state: OrganisationState): void {
  if (state.status === 'left') {
    throw new DomainConflictError(`organisation ${state.organisationId} has left its cluster; its contacts can no longer change`);
  }
}
