import { ALL_TOPICS } from '@icn/contracts';
import { describeProvisioning, platformTopicNames } from './provision-topics';

describe('platformTopicNames', () => {
  it('lists every topic of the contracts, each followed by its dead-letter topic', () => {
    const names = platformTopicNames();

    expect(names).toHaveLength(ALL_TOPICS.length * 2);
    expect(names.slice(0, 2)).toEqual(['icn.membership.cluster.v1', 'icn.membership.cluster.v1.dlq']);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('describeProvisioning', () => {
  it('prints one line per topic, created or existing, then each difference', () => {
    const lines = describeProvisioning({
      created: ['a.v1'],
      layouts: [
        { topic: 'a.v1', partitions: 6, replicationFactor: 3, minInsyncReplicas: 2, minInsyncReplicasFromBroker: false },
        { topic: 'b.v1', partitions: 3, replicationFactor: 3, minInsyncReplicas: 1, minInsyncReplicasFromBroker: true },
      ],
      drift: [{ topic: 'b.v1', kind: 'shortfall', message: 'has 3 partitions, fewer than the 6 configured' }],
    });

    expect(lines).toEqual([
      'created a.v1 partitions=6 replicas=3 min.insync.replicas=2',
      'exists  b.v1 partitions=3 replicas=3 min.insync.replicas=1 (broker default)',
      'SHORTFALL: b.v1 has 3 partitions, fewer than the 6 configured',
    ]);
  });
});
