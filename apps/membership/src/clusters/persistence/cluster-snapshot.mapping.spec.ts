import { NO_MEMBERS, registerCluster } from '../domain/cluster';
import { clusterSnapshotMapping } from './cluster-snapshot.mapping';
import type { ClusterDocument } from './cluster.schema';

const cluster = registerCluster(
  'nordic-edge',
  { name: 'Nordic Edge', country: 'NO', city: 'Stavanger', focusSectors: ['smart-cities'], memberCounts: NO_MEMBERS, secretariat: false, status: 'active' },
  new Date('2026-03-01T12:00:00.000Z'),
).state;

describe('cluster snapshot mapping', () => {
  it('stores the state under its slug and reads back the same state', () => {
    const document = clusterSnapshotMapping.toDocument(cluster);

    expect(document).toMatchObject({ _id: 'nordic-edge', version: 1 });
    expect(document).not.toHaveProperty('clusterId');
    expect(clusterSnapshotMapping.toState(document)).toEqual(cluster);
  });

  it('reads a snapshot written before ADR 12 without its legacy outbox', () => {
    const legacy = { ...clusterSnapshotMapping.toDocument(cluster), outbox: [] } as ClusterDocument;
    expect(clusterSnapshotMapping.toState(legacy)).toEqual(cluster);
  });
});
