// Integration tests may use the shared test helpers; production code in messaging may not.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { uniqueName } from '@icn/testing';
import { testKafka } from '../int-support/int-environment.fixture';
import { TopicAdmin } from '../kafka/topic-admin';
import { platformTopicNames, provisionTopics } from './provision-topics';
import { describeTopicLayouts } from './topic-layout';

/**
 * Topic replication is a setting (KAFKA_TOPIC_REPLICATION_FACTOR, KAFKA_TOPIC_MIN_INSYNC_REPLICAS),
 * checked against the real broker: what is asked for is what the cluster creates, and the topics
 * command reports an existing topic that has less than configured instead of silently keeping it.
 */
describe('topic replication settings against Kafka', () => {
  const kafka = testKafka(uniqueName('topics-it'));
  let brokers = 1;

  beforeAll(async () => {
    brokers = (await new TopicAdmin(kafka).ping()).brokers;
  });

  it('sets min.insync.replicas on the topics it creates when configured, and leaves the broker default otherwise', async () => {
    const configured = uniqueName('messaging.it.isr');
    const unset = uniqueName('messaging.it.noisr');
    await new TopicAdmin(kafka, {}, { replicationFactor: 1, minInsyncReplicas: 1 }).ensureTopics([configured], 2);
    await new TopicAdmin(kafka).ensureTopics([unset], 1, { withDeadLetter: false });

    const layouts = await new TopicAdmin(kafka).withAdmin((admin) => describeTopicLayouts(admin, [configured, `${configured}.dlq`, unset]));

    expect(layouts.map(({ partitions, replicationFactor, minInsyncReplicas, minInsyncReplicasFromBroker }) => ({ partitions, replicationFactor, minInsyncReplicas, minInsyncReplicasFromBroker }))).toEqual([
      { partitions: 2, replicationFactor: 1, minInsyncReplicas: 1, minInsyncReplicasFromBroker: false },
      { partitions: 2, replicationFactor: 1, minInsyncReplicas: 1, minInsyncReplicasFromBroker: false },
      { partitions: 1, replicationFactor: 1, minInsyncReplicas: expect.any(Number) as number, minInsyncReplicasFromBroker: true },
    ]);
  });

  it('asks the broker for the configured replication factor: more replicas than brokers is refused at once, naming it', async () => {
    const topic = uniqueName('messaging.it.rf');
    const admin = new TopicAdmin(kafka, { timeoutMs: 20_000 }, { replicationFactor: brokers + 1 });
    const started = Date.now();

    await expect(admin.ensureTopics([topic], 1, { withDeadLetter: false })).rejects.toThrow(/INVALID_REPLICATION_FACTOR/);
    // Not retried until the start-up deadline: no wait makes brokers appear.
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('provisions missing topics with their dead-letter topics, then reports an existing topic with fewer partitions than configured', async () => {
    const topic = uniqueName('messaging.it.provision');
    const admin = new TopicAdmin(kafka);

    const first = await provisionTopics(admin, { partitions: 2, replicationFactor: 1, minInsyncReplicas: 1 }, [topic]);
    expect(first.created.sort()).toEqual(platformTopicNames([topic]).sort());
    expect(first.drift).toEqual([]);

    const second = await provisionTopics(admin, { partitions: 4, replicationFactor: 1, minInsyncReplicas: 1 }, [topic]);
    expect(second.created).toEqual([]);
    expect(second.drift.map(({ topic: name, kind }) => [name, kind])).toEqual([
      [topic, 'shortfall'],
      [`${topic}.dlq`, 'shortfall'],
    ]);
    expect(second.drift[0]?.message).toContain('has 2 partitions, fewer than the 4 configured');
  });
});
