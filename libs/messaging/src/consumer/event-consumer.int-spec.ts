// Integration tests may use the shared test helpers; production code in messaging may not.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { readTopic, uniqueDbName, uniqueName, waitFor } from '@icn/testing';
import type { Connection } from 'mongoose';
import { endpoints, testConnection, testKafka } from '../int-support/int-environment.fixture';
import { thingHappened, type ThingHappenedV1 } from '../int-support/thing-happened.fixture';
import { EventPublisher } from '../kafka/event-publisher';
import { TopicAdmin } from '../kafka/topic-admin';
import { buildEvent } from '../outbox/build-event';
import { DeadLetterHeaders } from './dead-letter';
import { EventConsumer } from './event-consumer';
import { eventHandler, type HandlerContext } from './event-handler';
import { PROCESSED_EVENTS_COLLECTION } from './processed-event.store';

describe('EventConsumer against Kafka and FerretDB', () => {
  const topic = uniqueName('messaging.it.consumer');
  const definition = thingHappened(topic);
  const kafka = testKafka(uniqueName('consumer-it'));
  const groupId = uniqueName('consumer-it-group');
  const publisher = new EventPublisher(kafka);
  let connection: Connection;
  let consumer: EventConsumer;
  const calls = new Map<string, HandlerContext[]>();
  const applied: string[] = [];

  function event(subject: string, sequence: number, data: Partial<ThingHappenedV1> = {}) {
    return buildEvent(definition, { subject, sequence, data: { name: `${subject}-${sequence}`, failTimes: 0, ...data }, source: 'messaging-it' });
  }

  beforeAll(async () => {
    connection = await testConnection(uniqueDbName('messaging_consumer'));
    // One partition, so the test can assert what happens to "the next message" after a poison one.
    await new TopicAdmin(kafka).ensureTopics([topic], 1);
    // An id this group processed long ago, and one of another group: pruning must take only the first.
    await connection.collection(PROCESSED_EVENTS_COLLECTION).insertMany([
      { _id: `${groupId}:ancient`, groupId, eventId: 'ancient', type: 't', topic, processedAt: new Date('2020-01-01T00:00:00Z') },
      { _id: `other-group:ancient`, groupId: 'other-group', eventId: 'ancient', type: 't', topic, processedAt: new Date('2020-01-01T00:00:00Z') },
    ] as object[]);
    consumer = new EventConsumer(kafka, publisher, {
      groupId,
      topics: [topic],
      connection,
      maxAttempts: 3,
      backoff: { initialMs: 50, maxMs: 200 },
      processedEventRetentionMs: 24 * 3_600_000,
      handlers: [
        eventHandler(definition, async (e, ctx) => {
          const tries = [...(calls.get(e.id) ?? []), ctx];
          calls.set(e.id, tries);
          await ctx.heartbeat();
          if (tries.length <= e.data.failTimes) throw new Error(`transient failure ${tries.length}`);
          applied.push(e.data.name);
        }),
      ],
    });
    await consumer.start();
  });

  afterAll(async () => {
    await consumer.stop();
    await publisher.disconnect();
    await connection.dropDatabase();
    await connection.close();
  });

  it('dead-letters a poison message with its reason and still processes the next one', async () => {
    // Made by hand, as a faulty producer would: buildEvent refuses to make an event its contract rejects.
    const poison = { ...event('p-1', 1), data: { name: 42 as unknown as string, failTimes: 0 } };
    const next = event('p-1', 2);
    await publisher.sendRaw(topic, [{ key: 'garbage', value: 'not json at all' }]);
    await publisher.publish(topic, [poison, next]);

    await waitFor(() => applied.includes('p-1-2'), { timeoutMs: 30_000, description: 'the message after the poison' });
    expect(calls.has(poison.id)).toBe(false);

    const dead = await readTopic(endpoints().brokers, `${topic}.dlq`, { untilCount: 2, timeoutMs: 20_000 });
    expect(dead).toHaveLength(2);
    const [garbage, invalid] = dead;
    expect(garbage.raw).toBe('not json at all');
    expect(garbage.headers[DeadLetterHeaders.reason]).toContain('value: must be JSON');
    expect(invalid.key).toBe('p-1');
    expect(invalid.json).toEqual(poison);
    expect(invalid.headers).toMatchObject({
      [DeadLetterHeaders.originalTopic]: topic,
      [DeadLetterHeaders.originalPartition]: '0',
      [DeadLetterHeaders.consumerGroup]: groupId,
      [DeadLetterHeaders.attempts]: '0',
      ce_type: definition.type,
    });
    expect(invalid.headers[DeadLetterHeaders.reason]).toMatch(/^invalid payload: name: /);
    expect(Number(invalid.headers[DeadLetterHeaders.originalOffset])).toBeGreaterThan(Number(garbage.headers[DeadLetterHeaders.originalOffset]));
  });

  it('retries a handler that fails twice and applies the event once', async () => {
    const flaky = event('f-1', 1, { failTimes: 2 });
    await publisher.publish(topic, [flaky]);
    await waitFor(() => applied.includes('f-1-1'), { timeoutMs: 30_000, description: 'the flaky event applied' });
    expect(calls.get(flaky.id)?.map((ctx) => ctx.attempt)).toEqual([1, 2, 3]);
    expect(applied.filter((name) => name === 'f-1-1')).toHaveLength(1);
  });

  it('calls the handler once for a duplicate delivery', async () => {
    const once = event('d-1', 1);
    await publisher.publish(topic, [once, once]);
    const marker = event('d-1', 2);
    await publisher.publish(topic, [marker]);
    await waitFor(() => applied.includes('d-1-2'), { timeoutMs: 30_000, description: 'the event after the duplicate' });
    expect(calls.get(once.id)).toHaveLength(1);
    expect(applied.filter((name) => name === 'd-1-1')).toHaveLength(1);
    expect(await connection.collection(PROCESSED_EVENTS_COLLECTION).countDocuments({ _id: `${groupId}:${once.id}` } as object)).toBe(1);
  });

  it('dead-letters after maxAttempts and moves on', async () => {
    const hopeless = event('h-1', 1, { failTimes: 99 });
    const after = event('h-1', 2);
    await publisher.publish(topic, [hopeless, after]);
    await waitFor(() => applied.includes('h-1-2'), { timeoutMs: 30_000, description: 'the event after the hopeless one' });
    expect(calls.get(hopeless.id)).toHaveLength(3);
    const dead = await readTopic(endpoints().brokers, `${topic}.dlq`, { untilCount: 3, timeoutMs: 20_000 });
    const record = dead.find((r) => (r.json as { id?: string } | undefined)?.id === hopeless.id);
    expect(record?.headers[DeadLetterHeaders.attempts]).toBe('3');
    expect(record?.headers[DeadLetterHeaders.reason]).toContain('transient failure 3');
  });

  it('prunes its own processed ids past the retention, and keeps recent ones', async () => {
    const processed = connection.collection(PROCESSED_EVENTS_COLLECTION);
    await waitFor(async () => (await processed.countDocuments({ _id: `${groupId}:ancient` } as object)) === 0, {
      timeoutMs: 10_000,
      description: 'the ancient id pruned at start',
    });
    expect(await processed.countDocuments({ _id: 'other-group:ancient' } as object)).toBe(1);
    expect(await processed.countDocuments({ groupId })).toBeGreaterThan(0);
  });
});
