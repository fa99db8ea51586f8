import { changeOf, eventOf, type Change } from '@icn/messaging';
import { DomainConflictError, DomainNotFoundError, withoutUndefined } from '@icn/platform';
import { ContactAdded, ContactRemoved, ContactUpdated } from '@icn/contracts';
import type { Contact, OrganisationState } from '../../organisations/domain/organisation';

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
  return changeOf(next, eventOf(ContactAdded, { organisationId: state.organisationId, clusterId: state.clusterId, contact: added }));
}

/** A present field replaces the value; `null` clears role or phone (name and email are required). */
export interface ContactPatch {
  name?: string;
  role?: string | null;
  email?: string;
  phone?: string | null;
}

/**
 * Changes a contact in place (its id stays, so links to it — a Passport's key contacts — stay valid).
 * Nothing changed → no event. Another contact's e-mail → 409, as when adding.
 */
export function updateContact(state: OrganisationState, contactId: string, patch: ContactPatch, now: Date): Change<OrganisationState> | null {
  assertNotLeft(state);
  const current = state.contacts.find((contact) => contact.contactId === contactId);
  if (current === undefined) {
    throw new DomainNotFoundError(`contact ${contactId} not found in organisation ${state.organisationId}`);
  }
  const updated = withoutUndefined({
    contactId,
    name: patch.name ?? current.name,
    role: patch.role === null ? undefined : (patch.role ?? current.role),
    email: patch.email ?? current.email,
    phone: patch.phone === null ? undefined : (patch.phone ?? current.phone),
  });
  if (JSON.stringify(updated) === JSON.stringify(withoutUndefined(current))) return null;
  const email = updated.email.toLowerCase();
  if (state.contacts.some((other) => other.contactId !== contactId && other.email.toLowerCase() === email)) {
    throw new DomainConflictError(`organisation ${state.organisationId} already has a contact with email ${updated.email}`);
  }
  const next: OrganisationState = {
    ...state,
    contacts: state.contacts.map((contact) => (contact.contactId === contactId ? updated : contact)),
    version: state.version + 1,
    updatedAt: now.toISOString(),
  };
  return changeOf(next, eventOf(ContactUpdated, { organisationId: state.organisationId, clusterId: state.clusterId, contact: updated }));
}

/** An unknown contact is a 404: it may have been removed by a concurrent request, or never existed. */
export function removeContact(state: OrganisationState, contactId: string, now: Date): Change<OrganisationState> {
  assertNotLeft(state);
  if (!state.contacts.some((contact) => contact.contactId === contactId)) {
    throw new DomainNotFoundError(`contact ${contactId} not found in organisation ${state.organisationId}`);
  }
  const next: OrganisationState = {
    ...state,
    contacts: state.contacts.filter((contact) => contact.contactId !== contactId),
    version: state.version + 1,
    updatedAt: now.toISOString(),
  };
  return changeOf(next, eventOf(ContactRemoved, { organisationId: state.organisationId, clusterId: state.clusterId, contactId }));
}

function assertNotLeft(state: OrganisationState): void {
  if (state.status === 'left') {
    throw new DomainConflictError(`organisation ${state.organisationId} has left its cluster; its contacts can no longer change`);
  }
}
