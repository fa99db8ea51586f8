import { anOrganisation } from '../../testing/organisation.fixture';
import { organisationSnapshotMapping } from './organisation-snapshot.mapping';
import type { OrganisationDocument } from './organisation.schema';

describe('organisation snapshot mapping', () => {
  it('stores the state under _id and reads back the same state', () => {
    const state = anOrganisation({ version: 4, contacts: [{ contactId: 'c1', name: 'Mette Hansen', email: 'mette@example.org' }] });
    const document = organisationSnapshotMapping.toDocument(state);

    expect(document).toMatchObject({ _id: state.organisationId, version: 4 });
    expect(document).not.toHaveProperty('organisationId');
    expect(organisationSnapshotMapping.toState(document)).toEqual(state);
  });

  it('leaves a cleared optional field out of the document, so replacing the snapshot clears it', () => {
    const { city: _cleared, ...withoutCity } = anOrganisation();
    expect(Object.keys(organisationSnapshotMapping.toDocument({ ...withoutCity, city: undefined }))).not.toContain('city');
  });

  it('reads a snapshot written before ADR 12 without its legacy outbox', () => {
    const state = anOrganisation();
    const legacy = { ...organisationSnapshotMapping.toDocument(state), outbox: [{ topic: 'membership.organisation' }] } as OrganisationDocument;
    expect(organisationSnapshotMapping.toState(legacy)).toEqual(state);
  });
});
