import { ContactAdded, ContactRemoved, ContactUpdated, validatePayload } from '@icn/contracts';
import { DomainNotFoundError } from '@icn/platform';
import { anOrganisation, NOW } from '../../testing/organisation.fixture';
import { addContact, MAX_CONTACTS, removeContact, updateContact } from './contact-book';

const mette = { contactId: '7d5e4a3b-1111-4222-8333-444455556666', name: 'Mette Hansen', email: 'mette@example.org' };

describe('contact book', () => {
  it('adds a contact with a ContactAdded event at the next version', () => {
    const change = addContact(anOrganisation({ version: 2 }), mette, NOW);

    expect(change.state.contacts).toEqual([mette]);
    expect(change.state.version).toBe(3);
    expect(change.events.map((event) => event.definition)).toEqual([ContactAdded]);
    expect(validatePayload(ContactAdded.payload, change.events[0]?.data).ok).toBe(true);
  });

  it('refuses a second contact with the same email (case-insensitive)', () => {
    const organisation = anOrganisation({ contacts: [mette] });
    expect(() => addContact(organisation, { ...mette, contactId: 'other', email: 'METTE@example.org' }, NOW)).toThrow('already has a contact with email');
  });

  it('caps the number of contacts at the snapshot limit', () => {
    const contacts = Array.from({ length: MAX_CONTACTS }, (_, i) => ({ ...mette, contactId: `c${i}`, email: `c${i}@example.org` }));
    expect(() => addContact(anOrganisation({ contacts }), mette, NOW)).toThrow(`maximum of ${MAX_CONTACTS}`);
  });

  it('removes a contact with a ContactRemoved event', () => {
    const change = removeContact(anOrganisation({ contacts: [mette] }), mette.contactId, NOW);

    expect(change.state.contacts).toEqual([]);
    expect(change.state.version).toBe(2);
    expect(change.events.map((event) => event.definition)).toEqual([ContactRemoved]);
    expect(change.events[0]?.data).toEqual({ organisationId: anOrganisation().organisationId, clusterId: 'clean', contactId: mette.contactId });
  });

  it('refuses an unknown contact as not found (404), naming it', () => {
    const removing = () => removeContact(anOrganisation(), mette.contactId, NOW);
    expect(removing).toThrow(DomainNotFoundError);
    expect(removing).toThrow(`contact ${mette.contactId} not found in organisation ${anOrganisation().organisationId}`);
  });

  it('updates a contact in place with a ContactUpdated event carrying the whole contact', () => {
    const withRole = { ...mette, role: 'CEO', phone: '+45 12 34 56 78' };
    const other = { contactId: '9a8b7c6d-1111-4222-8333-444455556666', name: 'Lars', email: 'lars@example.org' };
    const change = updateContact(anOrganisation({ contacts: [withRole, other], version: 4 }), mette.contactId, { name: 'Mette H. Hansen', role: null }, NOW);

    const expected = { contactId: mette.contactId, name: 'Mette H. Hansen', email: mette.email, phone: '+45 12 34 56 78' };
    expect(change?.state.contacts).toEqual([expected, other]);
    expect(change?.state.version).toBe(5);
    expect(change?.events.map((event) => event.definition)).toEqual([ContactUpdated]);
    expect(change?.events[0]?.data).toEqual({ organisationId: anOrganisation().organisationId, clusterId: 'clean', contact: expected });
    expect(validatePayload(ContactUpdated.payload, change?.events[0]?.data).ok).toBe(true);
  });

  it('records nothing when the patch changes nothing (same values, or clearing what is not set)', () => {
    const organisation = anOrganisation({ contacts: [mette] });
    expect(updateContact(organisation, mette.contactId, { name: mette.name, email: mette.email, role: null, phone: null }, NOW)).toBeNull();
    expect(updateContact(organisation, mette.contactId, {}, NOW)).toBeNull();
  });

  it("refuses another contact's e-mail (case-insensitive) but accepts a new case of its own", () => {
    const other = { contactId: '9a8b7c6d-1111-4222-8333-444455556666', name: 'Lars', email: 'lars@example.org' };
    const organisation = anOrganisation({ contacts: [mette, other] });
    expect(() => updateContact(organisation, mette.contactId, { email: 'LARS@example.org' }, NOW)).toThrow('already has a contact with email LARS@example.org');
    expect(updateContact(organisation, mette.contactId, { email: 'Mette@example.org' }, NOW)?.state.contacts[0]?.email).toBe('Mette@example.org');
  });

  it('refuses to update an unknown contact as not found (404)', () => {
    expect(() => updateContact(anOrganisation(), mette.contactId, { name: 'X' }, NOW)).toThrow(DomainNotFoundError);
  });

  it('refuses changes once the organisation has left', () => {
    expect(() => updateContact(anOrganisation({ status: 'left', contacts: [mette] }), mette.contactId, { name: 'X' }, NOW)).toThrow('has left');
    expect(() => addContact(anOrganisation({ status: 'left' }), mette, NOW)).toThrow('has left');
  });
});
