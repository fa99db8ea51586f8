// Integration tests may use the shared test helpers; production code in messaging may not.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { readTopic, uniqueDbName, uniqueName, waitFor } from '@icn/testing';
import type { CloudEvent } from '@icn/contracts';
import { Schema, type Connection, type Model } from 'mongoose';
import { EventConsumer } from '../consumer/event-consumer';
import { eventHandler } from '../consumer/event-handler';
import { endpoints, testConnection, testKafka } from '../int-support/int-environment.fixture';
import { thingHappened, type ThingHappenedV1 } from '../int-support/thing-happened.fixture';
import { EventPublisher } from '../kafka/event-publisher';
import { TopicAdmin } from '../kafka/topic-admin';
import { buildEvent } from './build-event';
import { outboxEntrySchema, type OutboxDocument } from './outbox-entry';
import { OutboxRelay } from './outbox-relay';
import { mongooseOutboxStore, type OutboxStore } from './outbox-store';
import { appendToOutbox, toOutboxEntry } from './to-outbox-entry';

interface Thing extends OutboxDocument {
  _id: string;
  name: string;
}

const thingSchema = new Schema<Thing>({ _id: String, name: String, version: Number, outbox: { type: [outboxEntrySchema], default: [] } });

describe('OutboxRelay against Kafka and FerretDB', () => {
  const topic = uniqueName('messaging.it.relay');
  const definition = thingHappened(topic);
  const kafka = testKafka(uniqueName('relay-it'));
  let connection: Connection;
  let things: Model<Thing>;
  let publisher: EventPublisher;

  beforeAll(async () => {
    connection = await testConnection(uniqueDbName('messaging_relay'));
    things = connection.model<Thing>('Thing', thingSchema);
    await new TopicAdmin(kafka).ensureTopics([topic], 3);
    publisher = new EventPublisher(kafka);
  });

  afterAll(async () => {
    await publisher.disconnect();
    await connection.dropDatabase();
    await connection.close();
  });

  /** The app's write path: the state change and its event in one atomic update. */
  async function change(relay: OutboxRelay, id: string, name: string): Promise<CloudEvent<ThingHappenedV1>> {
    const current = await things.findById(id).lean();
    const sequence = (current?.version ?? 0) + 1;
    const event = buildEvent(definition, { subject: id, sequence, data: { name, failTimes: 0 }, source: 'messaging-it' });
    if (!current) {
      await things.create({ _id: id, name, version: 1, outbox: [toOutboxEntry(event, topic)] });
    } else {
      // FerretDB updates are not atomic per document: take turns with the relay's removal.
      await relay.withAggregateLock(things, id, () =>
        things.updateOne({ _id: id, version: current.version }, { $set: { name }, $inc: { version: 1 }, ...appendToOutbox([toOutboxEntry(event, topic)]) }),
      );
    }
    return event;
  }

  it('publishes every aggregate’s events in order, keyed by subject, then empties the outboxes', async () => {
    const relay = new OutboxRelay(publisher, { batchSize: 2 }).register(things);
    const written: CloudEvent[] = [];
    for (let round = 1; round <= 4; round += 1) {
      for (const id of ['t-a', 't-b', 't-c']) {
        written.push(await change(relay, id, `${id}-${round}`));
        relay.trigger({ collection: things.collection.collectionName, id });
      }
    }
    await relay.flush();

    const records = await readTopic(endpoints().brokers, topic, { untilCount: written.length, timeoutMs: 20_000 });
    expect(records).toHaveLength(written.length);
    for (const id of ['t-a', 't-b', 't-c']) {
      const mine = records.filter((record) => record.key === id);
      expect(mine.map((record) => (record.json as CloudEvent).subjectsequence)).toEqual([1, 2, 3, 4]);
      expect(new Set(mine.map((record) => record.partition)).size).toBe(1);
      expect(mine[0].headers).toMatchObject({ 'content-type': 'application/cloudevents+json', ce_type: definition.type });
    }
    expect(await things.countDocuments({ 'outbox.0': { $exists: true } })).toBe(0);
  });

  it('re-publishes after a crash between publish and removal, and the consumer applies each event once', async () => {
    const crashTopic = uniqueName('messaging.it.crash');
    const crashDefinition = thingHappened(crashTopic);
    await new TopicAdmin(kafka).ensureTopics([crashTopic], 1);
    const ids = ['c-1', 'c-2'];
    for (const id of ids) {
      const events = [1, 2, 3].map((sequence) =>
        buildEvent(crashDefinition, { subject: id, sequence, data: { name: `${id}-${sequence}`, failTimes: 0 }, source: 'messaging-it' }),
      );
      await things.create({ _id: id, name: id, version: 3, outbox: events.map((event) => toOutboxEntry(event, crashTopic)) });
    }

    // The first relay "dies" right after Kafka acknowledged, before it could remove anything.
    const real = mongooseOutboxStore(things);
    const crashing: OutboxStore = { ...real, removePublished: async () => Promise.reject(new Error('process killed')) };
    await expect(new OutboxRelay(publisher).registerStore(crashing).flush({ scan: true })).rejects.toThrow('process killed');
    expect(await things.countDocuments({ _id: { $in: ids }, 'outbox.0': { $exists: true } })).toBe(2);

    // The restarted relay publishes them again: duplicates, but nothing lost and still in order.
    // (a restarted process knows nothing of its predecessor's writes: it finds them by scanning)
    await new OutboxRelay(publisher).register(things).flush({ scan: true });
    const records = await readTopic(endpoints().brokers, crashTopic, { untilCount: 12, timeoutMs: 20_000 });
    expect(records).toHaveLength(12);
    for (const id of ids) {
      expect(records.filter((r) => r.key === id).map((r) => (r.json as CloudEvent).subjectsequence)).toEqual([1, 2, 3, 1, 2, 3]);
    }
    expect(await things.countDocuments({ _id: { $in: ids }, 'outbox.0': { $exists: true } })).toBe(0);

    const applied: string[] = [];
    const consumer = new EventConsumer(kafka, publisher, {
      groupId: uniqueName('relay-it-group'),
      topics: [crashTopic],
      connection,
      handlers: [eventHandler(crashDefinition, async (event) => void applied.push(event.data.name))],
    });
    await consumer.start();
    try {
      await waitFor(() => applied.length >= 6, { timeoutMs: 30_000, description: 'six events applied' });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect([...applied].sort()).toEqual(['c-1-1', 'c-1-2', 'c-1-3', 'c-2-1', 'c-2-2', 'c-2-3']);
    } finally {
      await consumer.stop();
    }
  });
});
