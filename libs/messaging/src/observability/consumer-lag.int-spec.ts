import { deadLetterTopicOf } from '@icn/contracts';
// Integration tests may use the shared test helpers; production code in messaging may not.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { uniqueName, waitFor } from '@icn/testing';
import { EventConsumer } from '../consumer/event-consumer';
import { eventHandler } from '../consumer/event-handler';
import type { ProcessedEventStore } from '../consumer/processed-event.store';
import { testKafka } from '../int-support/int-environment.fixture';
import { thingHappened } from '../int-support/thing-happened.fixture';
import { EventPublisher } from '../kafka/event-publisher';
import { TopicAdmin } from '../kafka/topic-admin';
import { buildEvent } from '../outbox/build-event';
import { ConsumerLagMonitor } from './consumer-lag';
import { NOOP_MESSAGING_METRICS, type LabelValues, type MessagingMetrics } from './messaging-metrics';

/** The gauge's last value per partition, as Prometheus would scrape it. */
class RecordedLag {
  readonly byPartition = new Map<string, number>();
  readonly deadLetters = new Map<string, number>();

  readonly metrics: MessagingMetrics = {
    ...NOOP_MESSAGING_METRICS,
    consumerLag: { set: (labels: LabelValues<'group' | 'topic' | 'partition'>, value: number) => this.byPartition.set(`${labels.group}/${labels.topic}/${labels.partition}`, value) },
    deadLetterMessages: { set: (labels: LabelValues<'topic'>, value: number) => this.deadLetters.set(String(labels.topic), value) },
  };

  of(group: string, topic: string): number | undefined {
    return this.byPartition.get(`${group}/${topic}/0`);
  }
}

function memoryStore(): ProcessedEventStore {
  const seen = new Set<string>();
  return {
    has: async (groupId, eventId) => seen.has(`${groupId}:${eventId}`),
    record: async (groupId, event) => void seen.add(`${groupId}:${event.id}`),
  };
}

/**
 * icn_consumer_lag against the real broker: it must show what a consumer has not done, including
 * when the consumer receives nothing — stuck in a handler, or not running at all. (It used to be set
 * only after a message was processed, so a stuck consumer kept showing its last, low lag.)
 */
describe('ConsumerLagMonitor against Kafka', () => {
  const topic = uniqueName('messaging.it.lag');
  const definition = thingHappened(topic);
  const kafka = testKafka(uniqueName('lag-it'));
  const groupId = uniqueName('lag-it-group');
  const publisher = new EventPublisher(kafka);
  const recorded = new RecordedLag();
  const monitor = new ConsumerLagMonitor(kafka, () => [{ groupId, topics: [topic], fromBeginning: true }], { intervalMs: 60_000, metrics: recorded.metrics });
  const handled: string[] = [];
  let unblock: () => void = () => undefined;
  const blocked = new Promise<void>((resolve) => (unblock = resolve));
  let consumer: EventConsumer;

  const publish = (from: number, count: number): Promise<void> =>
    publisher.publish(
      topic,
      Array.from({ length: count }, (_, index) =>
        buildEvent(definition, { subject: `lag-${from + index}`, sequence: 1, data: { name: `n${from + index}`, failTimes: 0 }, source: 'messaging-it' }),
      ),
    );

  const lagAfterRefresh = async (): Promise<number | undefined> => {
    await monitor.refresh();
    return recorded.of(groupId, topic);
  };

  beforeAll(async () => {
    await new TopicAdmin(kafka).ensureTopics([topic], 1, { withDeadLetter: false });
    consumer = new EventConsumer(kafka, publisher, {
      groupId,
      topics: [topic],
      processedEvents: memoryStore(),
      sessionTimeoutMs: 10_000,
      handlers: [
        eventHandler(definition, async (event) => {
          handled.push(event.data.name);
          // The first event's handler hangs until the test lets it go: a stuck consumer.
          if (event.data.name === 'n1') await blocked;
        }),
      ],
    });
    await consumer.start();
  });

  afterAll(async () => {
    unblock();
    await monitor.stop();
    await consumer.stop();
    await publisher.disconnect();
  });

  it('rises while the consumer is stuck, falls to 0 once it catches up, and rises again while it is stopped', async () => {
    await publish(1, 1);
    await waitFor(() => handled.includes('n1'), { timeoutMs: 60_000, description: 'the consumer stuck in its first handler' });

    // Stuck: nothing is committed, so everything published is lag, and more of it with every publication.
    await publish(2, 5);
    expect(await lagAfterRefresh()).toBe(6);
    await publish(7, 4);
    expect(await lagAfterRefresh()).toBe(10);
    expect(handled).toEqual(['n1']);

    // Released: the consumer works through the backlog and commits; the lag goes back to 0.
    unblock();
    await waitFor(async () => (await lagAfterRefresh()) === 0, { timeoutMs: 60_000, intervalMs: 500, description: 'lag back to 0 after the backlog' });
    expect(handled).toHaveLength(10);

    // Not running at all (a crashed or scaled-to-zero consumer): it receives nothing, the lag still shows.
    await consumer.stop();
    await publish(11, 3);
    expect(await lagAfterRefresh()).toBe(3);
  });
});

/** icn_dead_letter_messages: what sits on a consumed topic's `.dlq`, counted from the broker, not from this process's memory. */
describe('dead-letter topic depth against Kafka', () => {
  const topic = uniqueName('messaging.it.dlq-depth');
  const withoutDeadLetters = uniqueName('messaging.it.no-dlq');
  const kafka = testKafka(uniqueName('dlq-depth-it'));
  const recorded = new RecordedLag();
  const monitor = new ConsumerLagMonitor(
    kafka,
    () => [
      { groupId: uniqueName('dlq-depth-group'), topics: [topic], fromBeginning: true },
      { groupId: uniqueName('no-dlq-group'), topics: [withoutDeadLetters], fromBeginning: true },
    ],
    { intervalMs: 60_000, metrics: recorded.metrics },
  );
  const producer = kafka.producer();

  beforeAll(async () => {
    const admin = new TopicAdmin(kafka);
    await admin.ensureTopics([topic], 2);
    await admin.ensureTopics([withoutDeadLetters], 1, { withDeadLetter: false });
    await producer.connect();
  });

  afterAll(async () => {
    await monitor.stop();
    await producer.disconnect();
  });

  it('counts the records stored on each partition of the .dlq, and skips a topic that has none', async () => {
    await monitor.refresh();
    expect(recorded.deadLetters.get(deadLetterTopicOf(topic))).toBe(0);

    // Dead letters written by whichever replica or service consumed the topic: the broker holds them all.
    await producer.send({ topic: deadLetterTopicOf(topic), messages: [0, 1, 0].map((partition, index) => ({ partition, value: `dead ${index}` })) });
    await monitor.refresh();

    expect(recorded.deadLetters.get(deadLetterTopicOf(topic))).toBe(3);
    expect(recorded.deadLetters.has(deadLetterTopicOf(withoutDeadLetters))).toBe(false);
  });
});
