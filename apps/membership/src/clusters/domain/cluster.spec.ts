import { ClusterRegistered, ClusterUpdated, validatePayload } from '@icn/contracts';
import { NO_MEMBERS, registerCluster, updateCluster, type ClusterProfile } from './cluster';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const profile: ClusterProfile = {
  name: 'Nordic Edge',
  country: 'NO',
  city: 'Stavanger',
  focusSectors: ['smart-cities'],
  memberCounts: NO_MEMBERS,
  secretariat: false,
  status: 'active',
};

describe('cluster', () => {
  it('registers at version 1 with a valid ClusterRegistered snapshot', () => {
    const change = registerCluster('nordic-edge', profile, NOW);

    expect(change.state).toMatchObject({ clusterId: 'nordic-edge', version: 1, registeredAt: NOW.toISOString() });
    expect(change.events.map((event) => event.definition)).toEqual([ClusterRegistered]);
    expect(validatePayload(ClusterRegistered.payload, change.events[0]?.data).ok).toBe(true);
  });

  it('updates only what changed and reports those fields', () => {
    const registered = registerCluster('nordic-edge', profile, NOW).state;
    const change = updateCluster(registered, { status: 'inactive', city: null, name: 'Nordic Edge' }, NOW);

    expect(change?.state).toMatchObject({ status: 'inactive', version: 2 });
    expect(change?.state).not.toHaveProperty('city');
    expect(change?.events.map((event) => event.definition)).toEqual([ClusterUpdated]);
    expect(change?.events[0]?.data).toMatchObject({ changedFields: ['city', 'status'] });
    expect(validatePayload(ClusterUpdated.payload, change?.events[0]?.data).ok).toBe(true);
  });

  it('treats an update that changes nothing as a no-op', () => {
    const registered = registerCluster('nordic-edge', profile, NOW).state;
    expect(updateCluster(registered, { name: 'Nordic Edge', memberCounts: { ...NO_MEMBERS } }, NOW)).toBeNull();
  });
});
