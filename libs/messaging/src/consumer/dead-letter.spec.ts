import { buildDeadLetterMessage, DeadLetterHeaders } from './dead-letter';

describe('buildDeadLetterMessage', () => {
  const info = { topic: 'icn.t.v1', partition: 2, offset: '41', groupId: 'g', attempts: 5, reason: 'invalid payload: name: must be a string', failedAt: new Date('2026-01-01T00:00:00Z') };

  it('targets <topic>.dlq and keeps key, value and original headers', () => {
    const { topic, message } = buildDeadLetterMessage({ key: 'k', value: Buffer.from('v'), headers: { ce_type: 't' } }, info);
    expect(topic).toBe('icn.t.v1.dlq');
    expect(message.key).toBe('k');
    expect(message.value).toEqual(Buffer.from('v'));
    expect(message.headers).toEqual({
      ce_type: 't',
      [DeadLetterHeaders.reason]: info.reason,
      [DeadLetterHeaders.originalTopic]: 'icn.t.v1',
      [DeadLetterHeaders.originalPartition]: '2',
      [DeadLetterHeaders.originalOffset]: '41',
      [DeadLetterHeaders.consumerGroup]: 'g',
      [DeadLetterHeaders.attempts]: '5',
      [DeadLetterHeaders.failedAt]: '2026-01-01T00:00:00.000Z',
    });
  });

  it('truncates a very long reason', () => {
    const { message } = buildDeadLetterMessage({ key: null, value: null }, { ...info, reason: 'x'.repeat(5000) });
    expect(String(message.headers?.[DeadLetterHeaders.reason]).length).toBe(2000);
  });
});
