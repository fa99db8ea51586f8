import { FakeCollection, fakeConnection } from '../notifications/testing/fake-collection';
import { anOpportunity } from '../notifications/testing/opportunity-event.producer';
import type { DeadlineFollowDocument } from './deadline-follow.schema';
import { DeadlineFollowRepository } from './deadline-follow.repository';

describe('DeadlineFollowRepository.record', () => {
  const setup = () => {
    const collection = new FakeCollection<DeadlineFollowDocument>();
    return { collection, follows: new DeadlineFollowRepository(fakeConnection(collection)) };
  };

  it('inserts the first follow and applies newer versions, by _id alone', async () => {
    const { collection, follows } = setup();
    const opportunity = anOpportunity('heat', { version: 2 });
    await follows.record('sub-1', opportunity);
    await follows.record('sub-1', { ...opportunity, version: 3, status: 'closed' });
    const stored = collection.docs.get(`sub-1:${opportunity.opportunityId}`);
    expect(stored).toMatchObject({ subscriptionId: 'sub-1', opportunityVersion: 3, open: false });
    expect(collection.nonIdFilters('findOne')).toEqual([]);
    expect(collection.nonIdFilters('updateOne')).toEqual([]);
  });

  it('ignores a replayed older version', async () => {
    const { collection, follows } = setup();
    const opportunity = anOpportunity('heat', { version: 4, status: 'closed' });
    await follows.record('sub-1', opportunity);
    await follows.record('sub-1', { ...opportunity, version: 2, status: 'published' });
    expect(collection.docs.get(`sub-1:${opportunity.opportunityId}`)).toMatchObject({ opportunityVersion: 4, open: false });
  });
});
