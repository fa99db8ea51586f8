import { FakeCollection, fakeConnection } from '../../notifications/testing/fake-collection';
import { anOpportunity } from '../../notifications/testing/opportunity-event.producer';
import type { DeadlineFollowDocument } from './deadline-follow.schema';
import { DeadlineFollowRepository } from './deadline-follow.repository';

describe('DeadlineFollowRepository.record', () => {
  const setup = () => {
    const collection = new FakeCollection<DeadlineFollowDocument>();
    return { collection, follows: new DeadlineFollowRepository(fakeConnection(collection)) };
  };

  it('records all followers of an opportunity in one document, applying newer versions, by _id alone', async () => {
    const { collection, follows } = setup();
    const opportunity = anOpportunity('heat', { version: 2 });
    await follows.record(opportunity, ['sub-1', 'sub-2']);
    await follows.record({ ...opportunity, version: 3, status: 'closed' }, ['sub-2', 'sub-3']);
    expect(collection.docs.size).toBe(1);
    expect(collection.docs.get(opportunity.opportunityId)).toMatchObject({ followers: ['sub-1', 'sub-2', 'sub-3'], opportunityVersion: 3, open: false });
    expect(await follows.followerIds(opportunity.opportunityId)).toEqual(new Set(['sub-1', 'sub-2', 'sub-3']));
    expect(collection.nonIdFilters('findOne')).toEqual([]);
    expect(collection.nonIdFilters('updateOne')).toEqual([]);
  });

  it('keeps the newer snapshot when an older version is replayed, but still records a new follower', async () => {
    const { collection, follows } = setup();
    const opportunity = anOpportunity('heat', { version: 4, status: 'closed' });
    await follows.record(opportunity, ['sub-1']);
    await follows.record({ ...opportunity, version: 2, status: 'published' }, ['sub-1']);
    expect(collection.docs.get(opportunity.opportunityId)).toMatchObject({ opportunityVersion: 4, open: false, followers: ['sub-1'] });
    await follows.record({ ...opportunity, version: 2, status: 'published' }, ['sub-9']);
    expect(collection.docs.get(opportunity.opportunityId)).toMatchObject({ opportunityVersion: 4, open: false, followers: ['sub-1', 'sub-9'] });
  });

  it('stores and returns the snapshot as events carry it: absent optional fields omitted, never null', async () => {
    const { collection, follows } = setup();
    const opportunity = anOpportunity('heat', { version: 2 });
    const withoutOrganisation = { ...opportunity, publisher: { ...opportunity.publisher, organisationId: undefined } };
    await follows.record(withoutOrganisation, ['sub-1']);
    expect(collection.docs.get(opportunity.opportunityId)?.opportunity.publisher).not.toHaveProperty('organisationId');
    // A document written before, where the driver had turned the undefined field into null.
    const stored = collection.docs.get(opportunity.opportunityId) as DeadlineFollowDocument;
    collection.docs.set(opportunity.opportunityId, { ...stored, opportunity: { ...stored.opportunity, publisher: { ...stored.opportunity.publisher, organisationId: null as unknown as string } } });
    // The fake has no cursor queries: this scan returns every document.
    Object.assign(collection, { find: () => ({ sort: () => ({ limit: () => ({ toArray: async () => [...collection.docs.values()] }) }) }) });
    const [due] = await follows.openWithDeadlineBetween(new Date(0), new Date(opportunity.deadline), 10);
    expect(due.opportunity.publisher).toEqual({ subject: opportunity.publisher.subject });
  });
});
