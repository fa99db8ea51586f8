import { EventHeaders } from '@icn/contracts';
// Integration tests may use the shared test helpers; production code in messaging may not.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { uniqueDbName, uniqueName, waitFor } from '@icn/testing';
import type { Connection } from 'mongoose';
import { EventConsumer } from '../consumer/event-consumer';
import { eventHandler } from '../consumer/event-handler';
import { testConnection, testKafka } from '../int-support/int-environment.fixture';
import { thingHappened } from '../int-support/thing-happened.fixture';
import { EventPublisher } from '../kafka/event-publisher';
import { TopicAdmin } from '../kafka/topic-admin';
import { buildEvent } from '../outbox/build-event';
import { headerText, positionOf, type StoredRecord } from './dead-letter-record';
import { DeadLetterTool } from './dead-letter-tool';
import { readRecordRanges, watermarksOf } from './read-record-ranges';
import { RedriveHeaders } from './redrive-message';

/**
 * The dead-letter command's core against the real broker and database: two inbox consumer groups
 * read one topic; one of them fails on some events until its cause is "fixed" (a flag here, a
 * missing dependency in life) and dead-letters them; the other applies everything. The tool lists
 * the dead letters with their reasons and redrives chosen ones to the topic: same id, key, value and
 * headers, to the partition they came from; the group that failed applies each once, the other
 * skips it as a duplicate, and a second redrive publishes nothing.
 */
describe('DeadLetterTool against Kafka and FerretDB', () => {
  const topic = uniqueName('messaging.it.redrive');
  const dlq = `${topic}.dlq`;
  const definition = thingHappened(topic);
  const kafka = testKafka(uniqueName('redrive-it'));
  const publisher = new EventPublisher(kafka);
  const tool = new DeadLetterTool(kafka, { readTimeoutMs: 30_000 });
  const failingGroup = uniqueName('redrive-it-failing');
  const healthyGroup = uniqueName('redrive-it-healthy');
  const appliedBy = { failing: [] as string[], healthy: [] as string[] };
  let causeFixed = false;
  let connection: Connection;
  const consumers: EventConsumer[] = [];

  const event = (subject: string, name: string) => buildEvent(definition, { subject, sequence: 1, data: { name, failTimes: 0 }, source: 'messaging-it' });
  const first = event('thing-a', 'needs-fix-a');
  const second = event('thing-b', 'needs-fix-b');
  const fine = event('thing-c', 'fine-c');

  const topicRecords = async (): Promise<StoredRecord[]> =>
    readRecordRanges(
      kafka,
      (await watermarksOf(kafka, topic)).map(({ partition, low, high }) => ({ topic, partition, from: low, to: high })),
      { timeoutMs: 30_000 },
    );
  const topicSize = async (): Promise<bigint> => (await watermarksOf(kafka, topic)).reduce((sum, { high }) => sum + BigInt(high), 0n);

  beforeAll(async () => {
    connection = await testConnection(uniqueDbName('messaging_redrive'));
    await new TopicAdmin(kafka).ensureTopics([topic], 2);
    const consumerOf = (groupId: string, applied: string[], failsUntilFixed: boolean): EventConsumer =>
      new EventConsumer(kafka, publisher, {
        groupId,
        topics: [topic],
        connection,
        maxAttempts: 2,
        backoff: { initialMs: 50, maxMs: 100 },
        sessionTimeoutMs: 10_000,
        handlers: [
          eventHandler(definition, async (e) => {
            if (failsUntilFixed && !causeFixed && e.data.name.startsWith('needs-fix')) throw new Error(`cause not fixed yet for ${e.data.name}`);
            applied.push(e.data.name);
          }),
        ],
      });
    consumers.push(consumerOf(failingGroup, appliedBy.failing, true), consumerOf(healthyGroup, appliedBy.healthy, false));
    await Promise.all(consumers.map((consumer) => consumer.start()));
    await publisher.publish(topic, [first, second, fine]);
    await waitFor(() => appliedBy.healthy.length === 3 && appliedBy.failing.includes('fine-c'), { timeoutMs: 60_000, description: 'both groups past the three events' });
    await waitFor(async () => (await tool.list(dlq)).records.length === 2, { timeoutMs: 60_000, intervalMs: 1_000, description: 'two dead letters on the DLQ' });
  });

  afterAll(async () => {
    await Promise.all(consumers.map((consumer) => consumer.stop()));
    await publisher.disconnect();
    await connection.dropDatabase();
    await connection.close();
  });

  it('lists each dead letter with its reason, group, attempts, event id, type and subject; --limit keeps the newest, --group filters', async () => {
    const listing = await tool.list(dlq);

    expect(listing.stored).toBe(2);
    expect(listing.records.map((record) => ({ id: record.eventId, type: record.eventType, subject: record.subject, group: record.consumerGroup, attempts: record.attempts, topic: record.originalTopic })).sort(byId)).toEqual(
      [
        { id: first.id, type: definition.type, subject: 'thing-a', group: failingGroup, attempts: 2, topic },
        { id: second.id, type: definition.type, subject: 'thing-b', group: failingGroup, attempts: 2, topic },
      ].sort(byId),
    );
    for (const record of listing.records) expect(record.reason).toMatch(/handler failed after 2 attempts: cause not fixed yet for needs-fix-[ab]/);
    const newest = listing.records[1];
    expect((await tool.list(dlq, { limit: 1 })).records.map(positionOf)).toEqual([positionOf(newest as { partition: number; offset: string })]);
    expect((await tool.list(dlq, { group: healthyGroup })).records).toEqual([]);
  });

  it('redrives exactly the chosen dead letters once the cause is fixed, byte for byte, and never twice', async () => {
    causeFixed = true;
    const listing = await tool.list(dlq);
    const deadFirst = listing.records.find((record) => record.eventId === first.id);
    const deadSecond = listing.records.find((record) => record.eventId === second.id);
    if (deadFirst === undefined || deadSecond === undefined) throw new Error('dead letters not listed');
    const sizeBefore = await topicSize();

    // A dry run publishes nothing.
    const dry = await tool.redrive(dlq, { kind: 'all' }, { dryRun: true });
    expect(dry.map((outcome) => outcome.status)).toEqual(['would-redrive', 'would-redrive']);
    expect(await topicSize()).toBe(sizeBefore);

    // One named dead letter: only it is published, and the group that failed applies it once.
    const [redriven] = await tool.redrive(dlq, { kind: 'offsets', positions: [{ partition: deadFirst.partition, offset: deadFirst.offset }] });
    expect(redriven).toMatchObject({ status: 'redriven' });
    expect(await topicSize()).toBe(sizeBefore + 1n);
    await waitFor(() => appliedBy.failing.includes('needs-fix-a'), { timeoutMs: 30_000, description: 'the redriven event applied by the group that failed' });

    const records = await topicRecords();
    const original = records.find((record) => headerText(record.headers, EventHeaders.id) === first.id && headerText(record.headers, RedriveHeaders.redrivenFrom) === undefined);
    const copy = records.find((record) => headerText(record.headers, RedriveHeaders.redrivenFrom) !== undefined);
    if (original === undefined || copy === undefined) throw new Error('original or copy missing on the topic');
    expect(copy.partition).toBe(original.partition);
    expect(copy.key?.equals(original.key ?? Buffer.alloc(0))).toBe(true);
    expect(copy.value?.equals(original.value ?? Buffer.alloc(0))).toBe(true);
    const { [RedriveHeaders.redrivenFrom]: from, [RedriveHeaders.redrivenAt]: at, ...copiedHeaders } = copy.headers;
    expect(textHeaders(copiedHeaders)).toEqual(textHeaders(original.headers));
    expect(String(from)).toBe(`${dlq}:${positionOf(deadFirst)}`);
    expect(Number.isNaN(Date.parse(String(at)))).toBe(false);
    expect(redriven?.copy).toEqual({ partition: copy.partition, offset: copy.offset });

    // --all: the one already redriven is skipped, the other published.
    const all = await tool.redrive(dlq, { kind: 'all' });
    expect(all.map(({ record, status }) => [record.eventId, status]).sort()).toEqual([[first.id, 'already-redriven'], [second.id, 'redriven']].sort());
    expect(await topicSize()).toBe(sizeBefore + 2n);
    await waitFor(() => appliedBy.failing.includes('needs-fix-b'), { timeoutMs: 30_000, description: 'the second redriven event applied' });

    // Run again: nothing is published.
    const again = await tool.redrive(dlq, { kind: 'all' });
    expect(again.map((outcome) => outcome.status)).toEqual(['already-redriven', 'already-redriven']);
    const againNamed = await tool.redrive(dlq, { kind: 'offsets', positions: [{ partition: deadSecond.partition, offset: deadSecond.offset }] });
    expect(againNamed.map((outcome) => outcome.status)).toEqual(['already-redriven']);
    expect(await topicSize()).toBe(sizeBefore + 2n);

    // Applied once by the group that failed; the healthy group saw the copies as duplicates of what it applied.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(appliedBy.failing.sort()).toEqual(['fine-c', 'needs-fix-a', 'needs-fix-b']);
    expect(appliedBy.healthy.sort()).toEqual(['fine-c', 'needs-fix-a', 'needs-fix-b']);
  });

  it('refuses a position that is not on the dead-letter topic, publishing nothing', async () => {
    const sizeBefore = await topicSize();
    await expect(tool.redrive(dlq, { kind: 'offsets', positions: [{ partition: 0, offset: '999999' }] })).rejects.toThrow(/not on .*\.dlq: 0:999999/);
    await expect(tool.list(topic)).rejects.toThrow(/not a dead-letter topic/);
    expect(await topicSize()).toBe(sizeBefore);
  });
});

function byId(a: { id: string | undefined }, b: { id: string | undefined }): number {
  return String(a.id).localeCompare(String(b.id));
}

function textHeaders(headers: StoredRecord['headers']): Record<string, string> {
  return Object.fromEntries(Object.keys(headers).map((name) => [name, headerText(headers, name) ?? '']));
}
