// Integration tests may use the shared test helpers; production code in messaging may not.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { uniqueName, waitFor } from '@icn/testing';
import type { CloudEvent } from '@icn/contracts';
import { testKafka } from '../int-support/int-environment.fixture';
import { thingHappened, type ThingHappenedV1 } from '../int-support/thing-happened.fixture';
import { EventPublisher } from '../kafka/event-publisher';
import { TopicAdmin } from '../kafka/topic-admin';
import { buildEvent } from '../outbox/build-event';
import { BroadcastConsumer, type BroadcastHandlerContext } from './broadcast-consumer';

describe('BroadcastConsumer against Kafka', () => {
  const topic = uniqueName('messaging.it.broadcast');
  const definition = thingHappened(topic);
  const kafka = testKafka(uniqueName('broadcast-it'));
  const publisher = new EventPublisher(kafka);
  const stem = uniqueName('broadcast-it-group');
  const replicas = ['r1', 'r2'].map((replica) => {
    const received: string[] = [];
    const bytes: string[] = [];
    const joins: number[] = [];
    const consumer = new BroadcastConsumer(kafka, {
      groupId: `${stem}.${replica}`,
      topics: [topic],
      handlers: [
        {
          definition,
          handle: async (event: CloudEvent<ThingHappenedV1>, ctx: BroadcastHandlerContext) => {
            if (event.data.failTimes > 0) throw new Error('a failing handler');
            received.push(event.data.name);
            bytes.push(ctx.value.toString('utf8'));
          },
        },
      ],
      onJoin: () => joins.push(Date.now()),
    });
    return { consumer, received, bytes, joins };
  });

  beforeAll(async () => {
    await new TopicAdmin(kafka).ensureTopics([topic], 2);
    // Published before the replicas start: a broadcast group starts at the end and never sees it.
    await publisher.publish(topic, [buildEvent(definition, { subject: 'before', sequence: 1, data: { name: 'before', failTimes: 0 }, source: 'messaging-it' })]);
    await Promise.all(replicas.map(({ consumer }) => consumer.start()));
  });

  afterAll(async () => {
    await Promise.all(replicas.map(({ consumer }) => consumer.stop()));
    await publisher.disconnect();
  });

  it('delivers every event to every replica, from the end, with the bytes as published; a failing handler drops only its event', async () => {
    expect(replicas.every(({ joins }) => joins.length >= 1)).toBe(true);
    const failing = buildEvent(definition, { subject: 's-1', sequence: 1, data: { name: 'fails', failTimes: 1 }, source: 'messaging-it' });
    const events = ['a', 'b', 'c'].map((name, index) => buildEvent(definition, { subject: `s-${index + 2}`, sequence: 1, data: { name, failTimes: 0 }, source: 'messaging-it' }));
    await publisher.publish(topic, [failing, ...events]);

    for (const { received } of replicas) {
      await waitFor(() => received.length === 3, { timeoutMs: 30_000, description: 'every replica to receive the three events' });
      expect([...received].sort()).toEqual(['a', 'b', 'c']);
    }
    const [first] = replicas;
    expect(first.bytes.map((value) => (JSON.parse(value) as { id: string }).id).sort()).toEqual(events.map((event) => event.id).sort());
  });

  it('deletes its group when it stops', async () => {
    const [, second] = replicas;
    await second.consumer.stop();
    const admin = kafka.admin();
    await admin.connect();
    try {
      const { groups } = await admin.listGroups();
      expect(groups.map((group) => group.groupId)).not.toContain(`${stem}.r2`);
    } finally {
      await admin.disconnect();
    }
  });
});
