// Integration tests may use the shared test helpers; production code in messaging may not.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { readTopic, uniqueDbName, uniqueName, waitFor } from '@icn/testing';
import { TraceHeaders, type CloudEvent } from '@icn/contracts';
import { SpanKind, trace, type SpanContext } from '@opentelemetry/api';
import { Schema, type Connection } from 'mongoose';
import { EventConsumer } from '../consumer/event-consumer';
import { eventHandler } from '../consumer/event-handler';
import { endpoints, testConnection, testKafka } from '../int-support/int-environment.fixture';
import { thingHappened } from '../int-support/thing-happened.fixture';
import { EventPublisher } from '../kafka/event-publisher';
import { TopicAdmin } from '../kafka/topic-admin';
import { changeOf, eventOf } from '../write-path/change';
import { COMMITS_COLLECTION, MongoCommitStore } from '../write-path/commit-store';
import { CommitRelay } from '../write-path/commit-relay';
import { mongooseSnapshots } from '../write-path/snapshot-store';
import { WritePath } from '../write-path/write-path';
import { RecordingTracer, traceparentOf } from './testing/recording-tracer';

interface Thing {
  readonly thingId: string;
  readonly version: number;
}

interface ThingDocument {
  _id: string;
  version: number;
}

/**
 * ADR 15 end to end inside one process, on the real broker and database: a command in a request
 * span commits its event with the trace context (stored in FerretDB), the relay publishes it with
 * the `traceparent` header, and a consumer group processes it in a span of the same trace, child of
 * and linked to the event's creation.
 */
describe('trace context through the commit, Kafka and a consumer', () => {
  const tracer = new RecordingTracer();
  const topic = uniqueName('messaging.it.tracing');
  const definition = thingHappened(topic);
  const kafka = testKafka(uniqueName('tracing-it'));
  const publisher = new EventPublisher(kafka);
  let connection: Connection;
  let relay: CommitRelay;
  let consumer: EventConsumer;
  const seen: { event: CloudEvent; span: SpanContext | undefined }[] = [];

  beforeAll(async () => {
    tracer.install();
    connection = await testConnection(uniqueDbName('messaging_tracing'));
    await new TopicAdmin(kafka).ensureTopics([topic], 1);
    const commits = new MongoCommitStore(connection);
    await commits.ensureIndexes();
    relay = new CommitRelay(publisher, commits);
    const model = connection.model<ThingDocument>('Thing', new Schema<ThingDocument>({ _id: String, version: Number }));
    const things = new WritePath(commits, relay).aggregate<Thing>({
      name: 'thing',
      source: 'tracing-it',
      idOf: (state) => state.thingId,
      snapshots: mongooseSnapshots(model, { toDocument: ({ thingId, version }) => ({ _id: thingId, version }), toState: ({ _id, version }) => ({ thingId: _id, version }) }),
    });
    consumer = new EventConsumer(kafka, publisher, {
      groupId: uniqueName('tracing-it-group'),
      topics: [topic],
      connection,
      handlers: [eventHandler(definition, async (event) => void seen.push({ event, span: trace.getActiveSpan()?.spanContext() }))],
    });
    await consumer.start();
    await tracer.inSpan('POST /things', () => things.create(changeOf({ thingId: 't-1', version: 1 }, eventOf(definition, { name: 'traced', failTimes: 0 }))));
  });

  afterAll(async () => {
    await consumer.stop();
    await relay.stop();
    await publisher.disconnect();
    await connection.dropDatabase();
    await connection.close();
    await tracer.uninstall();
  });

  it('stores the creation context with the event in the commit document', async () => {
    const create = tracer.span(`create ${topic}`);
    const commit = await connection.collection(COMMITS_COLLECTION).findOne({ aggregate: 'thing:t-1' });
    const [stored] = (commit?.['events'] ?? []) as { traceparent?: string; value: string }[];
    expect(stored.traceparent).toBe(traceparentOf(create.spanContext()));
    expect((JSON.parse(stored.value) as CloudEvent).traceparent).toBe(stored.traceparent);
    expect(create.parentSpanContext?.spanId).toBe(tracer.span('POST /things').spanContext().spanId);
  });

  it('publishes it in the traceparent header and the CloudEvent attribute alike', async () => {
    const [record] = await readTopic(endpoints().brokers, topic, { untilCount: 1 });
    const event = record.json as CloudEvent;
    expect(event.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    expect(record.headers[TraceHeaders.traceparent]).toBe(event.traceparent);
  });

  it('the consumer processes it in the same trace: child of the creation, linked to it, after the send', async () => {
    await waitFor(() => seen.length === 1, { timeoutMs: 30_000 });
    await waitFor(() => tracer.spans().some((span) => span.name === `process ${topic}`), { timeoutMs: 5_000 });
    const request = tracer.span('POST /things').spanContext();
    const create = tracer.span(`create ${topic}`).spanContext();
    const send = tracer.span(`send ${topic}`);
    const processed = tracer.span(`process ${topic}`);
    expect([send.spanContext().traceId, processed.spanContext().traceId, seen[0].span?.traceId]).toEqual([request.traceId, request.traceId, request.traceId]);
    expect(send.parentSpanContext?.spanId).toBe(create.spanId);
    expect(processed.kind).toBe(SpanKind.CONSUMER);
    expect(processed.parentSpanContext?.spanId).toBe(create.spanId);
    expect(processed.links.map((link) => link.context.spanId)).toEqual([create.spanId]);
    // The handler ran inside the consumer span.
    expect(seen[0].span?.spanId).toBe(processed.spanContext().spanId);
  });
});
