import {
  ContactAdded,
  ContactRemoved,
  ContactUpdated,
  OrganisationJoined,
  OrganisationLeft,
  OrganisationReinstated,
  OrganisationSuspended,
  OrganisationUpdated,
} from '@icn/contracts';
import { aContact, anEnvelope, anOrganisation } from '../testing/membership-snapshot.fixtures';
import {
  projectContactAdded,
  projectContactRemoved,
  projectContactUpdated,
  projectOrganisationJoined,
  projectOrganisationLeft,
  projectOrganisationReinstated,
  projectOrganisationSuspended,
  projectOrganisationUpdated,
} from './organisation.projection';

describe('organisation projection', () => {
  it('turns a joined snapshot into an upsert of the full profile with contacts keyed by id', () => {
    const organisation = anOrganisation();
    const event = anEnvelope(OrganisationJoined.type, organisation.organisationId, 1, { organisation });

    const write = projectOrganisationJoined(event);

    expect(write).toMatchObject({ id: organisation.organisationId, sequence: 1, eventId: event.id, upsert: true });
    expect(write.set).toMatchObject({ name: organisation.name, country: 'DK', sectors: organisation.sectors, status: 'active' });
    expect(write.set['contacts']).toEqual({ [organisation.contacts[0].contactId]: organisation.contacts[0] });
    expect(write.unset).toEqual(['suspension', 'departure']);
  });

  it('removes optional fields an update no longer carries', () => {
    const organisation = anOrganisation({ website: undefined, trl: undefined, companySize: undefined, helixType: 'research-institution' });
    const write = projectOrganisationUpdated(
      anEnvelope(OrganisationUpdated.type, organisation.organisationId, 2, { organisation, changedFields: ['website'] }),
    );

    expect(write.set).not.toHaveProperty('website');
    expect(write.unset).toEqual(expect.arrayContaining(['website', 'trl', 'companySize']));
    expect(write.unset).not.toContain('city');
    expect(write.upsert).toBe(true);
  });

  it('keeps the suspension details while a snapshot still says suspended', () => {
    const organisation = anOrganisation({ status: 'suspended' });
    const write = projectOrganisationUpdated(
      anEnvelope(OrganisationUpdated.type, organisation.organisationId, 4, { organisation, changedFields: ['name'] }),
    );

    expect(write.unset).not.toContain('suspension');
    expect(write.unset).toContain('departure');
  });

  it('applies lifecycle deltas only to an existing document', () => {
    const id = anOrganisation().organisationId;
    const suspended = projectOrganisationSuspended(
      anEnvelope(OrganisationSuspended.type, id, 2, { organisationId: id, clusterId: 'clean', reason: 'fees', suspendedAt: '2025-03-01T00:00:00.000Z' }),
    );
    const reinstated = projectOrganisationReinstated(
      anEnvelope(OrganisationReinstated.type, id, 3, { organisationId: id, clusterId: 'clean', reinstatedAt: '2025-04-01T00:00:00.000Z' }),
    );
    const left = projectOrganisationLeft(
      anEnvelope(OrganisationLeft.type, id, 4, { organisationId: id, clusterId: 'clean', leftAt: '2025-05-01T00:00:00.000Z' }),
    );

    expect(suspended).toMatchObject({ upsert: false, set: { status: 'suspended', suspension: { reason: 'fees', suspendedAt: '2025-03-01T00:00:00.000Z' } } });
    expect(reinstated).toMatchObject({ upsert: false, set: { status: 'active' }, unset: ['suspension'] });
    expect(left).toMatchObject({ upsert: false, set: { status: 'left', departure: { leftAt: '2025-05-01T00:00:00.000Z' } } });
    expect(left.set['departure']).not.toHaveProperty('reason');
  });

  it('adds and removes a single contact by its id path', () => {
    const id = anOrganisation().organisationId;
    const contact = aContact({ role: undefined });
    const added = projectContactAdded(anEnvelope(ContactAdded.type, id, 5, { organisationId: id, clusterId: 'clean', contact }));
    const removed = projectContactRemoved(
      anEnvelope(ContactRemoved.type, id, 6, { organisationId: id, clusterId: 'clean', contactId: contact.contactId }),
    );

    expect(added.set).toEqual({ [`contacts.${contact.contactId}`]: { contactId: contact.contactId, name: contact.name, email: contact.email } });
    expect(added.upsert).toBe(false);
    expect(removed).toMatchObject({ set: {}, unset: [`contacts.${contact.contactId}`], upsert: false });
  });

  it('replaces an updated contact whole, so a cleared role disappears', () => {
    const id = anOrganisation().organisationId;
    const contact = aContact({ role: undefined, email: 'new@example.org' });
    const updated = projectContactUpdated(anEnvelope(ContactUpdated.type, id, 7, { organisationId: id, clusterId: 'clean', contact }));

    expect(updated).toMatchObject({ upsert: false, unset: [] });
    expect(updated.set).toEqual({ [`contacts.${contact.contactId}`]: { contactId: contact.contactId, name: contact.name, email: 'new@example.org' } });
  });
});
