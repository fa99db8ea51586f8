import { ClusterRegistered, ClusterUpdated } from '@icn/contracts';
import { aCluster, anEnvelope } from '../testing/membership-snapshot.fixtures';
import { projectClusterRegistered, projectClusterUpdated } from './cluster.projection';

describe('cluster projection', () => {
  it('upserts the registered snapshot keyed by cluster id', () => {
    const cluster = aCluster();
    const write = projectClusterRegistered(anEnvelope(ClusterRegistered.type, cluster.clusterId, 1, { cluster }));

    expect(write).toMatchObject({ id: 'clean', sequence: 1, upsert: true, unset: [] });
    expect(write.set).toEqual({ ...cluster });
  });

  it('clears optional fields an update dropped', () => {
    const cluster = aCluster({ region: undefined, website: undefined });
    const write = projectClusterUpdated(anEnvelope(ClusterUpdated.type, cluster.clusterId, 2, { cluster, changedFields: ['region'] }));

    expect(write.unset).toEqual(['region', 'website']);
    expect(write.set).not.toHaveProperty('region');
  });
});
