import { buildDeadLetterMessage } from '../consumer/dead-letter';
import { formatListing } from './dead-letter-table';
import { toDeadLetterRecord, type StoredRecord } from './dead-letter-record';
import { RedriveHeaders, redriveMessage, redrivenMarkers } from './redrive-message';

const event = { specversion: '1.0', id: '0b8f6a52-5a3e-4a43-9d57-0e1c4f6c8a11', type: 'org.icn.membership.organisation.updated.v1', subject: 'org-1' };
const originalHeaders = { 'content-type': 'application/cloudevents+json', ce_id: event.id, ce_type: event.type, traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' };

/** A dead letter exactly as a consumer writes it (buildDeadLetterMessage), as the broker returns it. */
function storedDeadLetter(value: Buffer | null = Buffer.from(JSON.stringify(event))): StoredRecord {
  const { topic, message } = buildDeadLetterMessage(
    { key: 'org-1', value, headers: originalHeaders },
    { topic: 'icn.membership.organisation.v1', partition: 2, offset: '41', groupId: 'matchmaking.directory', attempts: 1, reason: 'missing document\nparked', failedAt: new Date('2026-12-05T10:00:00Z') },
  );
  const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([name, header]) => [name, Buffer.from(String(header))]));
  return { topic, partition: 1, offset: '7', timestamp: String(Date.parse('2026-12-05T10:00:01Z')), key: Buffer.from('org-1'), value: message.value as Buffer | null, headers };
}

describe('dead letters read back and redriven', () => {
  it('reads where a dead letter came from, why, and what event it is', () => {
    expect(toDeadLetterRecord(storedDeadLetter())).toMatchObject({
      deadLetterTopic: 'icn.membership.organisation.v1.dlq',
      partition: 1,
      offset: '7',
      originalTopic: 'icn.membership.organisation.v1',
      originalPartition: 2,
      originalOffset: '41',
      consumerGroup: 'matchmaking.directory',
      reason: 'missing document\nparked',
      attempts: 1,
      failedAt: new Date('2026-12-05T10:00:00Z'),
      eventId: event.id,
      eventType: event.type,
      subject: 'org-1',
    });
  });

  it('falls back to the headers and the key for a value that is no CloudEvent', () => {
    expect(toDeadLetterRecord(storedDeadLetter(Buffer.from('not json')))).toMatchObject({ eventId: event.id, eventType: event.type, subject: 'org-1' });
  });

  it('re-publishes the original key, value and headers to the original partition, marked with where it came from', () => {
    const record = toDeadLetterRecord(storedDeadLetter());
    const { topic, message } = redriveMessage(record, new Date('2026-12-06T08:00:00Z'));

    expect(topic).toBe('icn.membership.organisation.v1');
    expect(message.partition).toBe(2);
    expect(message.key?.toString()).toBe('org-1');
    expect(message.value).toBe(record.value);
    const text = Object.fromEntries(Object.entries(message.headers ?? {}).map(([name, header]) => [name, String(header)]));
    expect(text).toEqual({
      ...originalHeaders,
      [RedriveHeaders.redrivenFrom]: 'icn.membership.organisation.v1.dlq:1:7',
      [RedriveHeaders.redrivenAt]: '2026-12-06T08:00:00.000Z',
    });
  });

  it('finds the earlier copies of dead letters among a topic\'s records', () => {
    const copy = { ...storedDeadLetter(), topic: 'icn.membership.organisation.v1', partition: 2, offset: '90', headers: { [RedriveHeaders.redrivenFrom]: Buffer.from('icn.membership.organisation.v1.dlq:1:7') } };
    const unrelated = { ...copy, offset: '91', headers: {} };
    expect([...redrivenMarkers([copy, unrelated])]).toEqual([['icn.membership.organisation.v1.dlq:1:7', { partition: 2, offset: '90' }]]);
  });

  it('lists dead letters as a table people can read: one line each, the reason on one line', () => {
    const record = toDeadLetterRecord(storedDeadLetter());
    const lines = formatListing({ deadLetterTopic: record.deadLetterTopic, stored: 3, records: [record] }).split('\n');
    expect(lines[0]).toBe('icn.membership.organisation.v1.dlq: 1 shown of 3 stored');
    expect(lines[1]).toMatch(/^at\s+event type\s+subject\s+group\s+failed at\s+attempts\s+reason$/);
    expect(lines[2]).toMatch(/^1:7\s+org\.icn\.membership\.organisation\.updated\.v1\s+org-1\s+matchmaking\.directory\s+2026-12-05T10:00:00\.000Z\s+1\s+missing document parked$/);
  });
});
