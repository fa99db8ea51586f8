import { findTopicDrift } from './topic-drift';
import type { TopicLayout } from './topic-layout';

const wanted = { partitions: 12, replicationFactor: 3, minInsyncReplicas: 2 };

function layout(overrides: Partial<TopicLayout>): TopicLayout {
  return { topic: 'icn.t.v1', partitions: 12, replicationFactor: 3, minInsyncReplicas: 2, minInsyncReplicasFromBroker: false, ...overrides };
}

describe('findTopicDrift', () => {
  it('finds nothing when a topic is as configured', () => {
    expect(findTopicDrift([layout({})], wanted)).toEqual([]);
  });

  it('calls fewer partitions, fewer replicas and a lower min.insync.replicas shortfalls, with the command that fixes each', () => {
    const drift = findTopicDrift([layout({ partitions: 3, replicationFactor: 1, minInsyncReplicas: 1, minInsyncReplicasFromBroker: true })], wanted);

    expect(drift.map((entry) => entry.kind)).toEqual(['shortfall', 'shortfall', 'shortfall']);
    expect(drift[0]?.message).toContain('has 3 partitions, fewer than the 12 configured');
    expect(drift[0]?.message).toContain('--partitions 12');
    expect(drift[1]?.message).toContain('has 1 replicas, fewer than the 3 configured');
    expect(drift[2]?.message).toContain('--add-config min.insync.replicas=2');
  });

  it('notes more than configured without calling it a shortfall', () => {
    const drift = findTopicDrift([layout({ partitions: 24, replicationFactor: 4, minInsyncReplicas: 3 })], wanted);

    expect(drift.map((entry) => [entry.kind, entry.message])).toEqual([
      ['surplus', 'has 24 partitions, more than the 12 configured'],
      ['surplus', 'has 4 replicas, more than the 3 configured'],
      ['surplus', 'has min.insync.replicas=3, above the 2 configured'],
    ]);
  });

  it('leaves min.insync.replicas to the broker when none is configured', () => {
    expect(findTopicDrift([layout({ minInsyncReplicas: 1, minInsyncReplicasFromBroker: true })], { ...wanted, minInsyncReplicas: 0 })).toEqual([]);
  });
});
