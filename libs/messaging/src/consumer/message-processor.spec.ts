import { OrganisationLeft, type CloudEvent } from '@icn/contracts';
import { IsOptional, IsString } from 'class-validator';
import type { Message } from 'kafkajs';
import { eventContext } from '../context/event-context';
import { SILENT_LOGGER } from '../observability/messaging-logger';
import { NOOP_MESSAGING_METRICS } from '../observability/messaging-metrics';
import { DeadLetterHeaders } from './dead-letter';
import type { EventHandler } from './event-handler';
import { MessageProcessor, type DeliveryContext } from './message-processor';
import type { ProcessedEventStore } from './processed-event.store';

// A small payload on a real definition so the test does not depend on snapshot fields.
class NotePayload {
  @IsOptional()
  @IsString()
  note?: string;
}
const definition = { ...OrganisationLeft, payload: NotePayload };

function event(id: string, data: object = {}): CloudEvent<object> {
  return { specversion: '1.0', id, source: 's', type: definition.type, subject: 'o1', time: new Date().toISOString(), datacontenttype: 'application/json', correlationid: 'corr', subjectsequence: 1, data };
}

function raw(value: unknown, offset = '0') {
  return { key: Buffer.from('o1'), value: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)), offset };
}

describe('MessageProcessor', () => {
  const delivery: DeliveryContext = { topic: 't', partition: 0, heartbeat: jest.fn(async () => undefined), shouldAbort: () => false };
  let processed: Set<string>;
  let deadLetters: { topic: string; message: Message }[];
  let calls: CloudEvent<object>[];
  let failuresLeft: number;

  function processor(maxAttempts = 3): MessageProcessor {
    const handler: EventHandler = {
      definition,
      handle: async (e) => {
        calls.push(e);
        expect(eventContext().current()).toEqual({ correlationId: 'corr', causationId: e.id });
        if (failuresLeft > 0) {
          failuresLeft -= 1;
          throw new Error('db unavailable');
        }
      },
    };
    const store: ProcessedEventStore = {
      has: async (group, id) => processed.has(`${group}:${id}`),
      record: async (group, e) => void processed.add(`${group}:${e.id}`),
    };
    return new MessageProcessor({
      groupId: 'g',
      handlers: new Map([[definition.type, handler]]),
      maxAttempts,
      backoff: { initialMs: 1, maxMs: 2, multiplier: 2, jitter: 0 },
      store,
      deadLetter: async (topic, message) => void deadLetters.push({ topic, message }),
      metrics: NOOP_MESSAGING_METRICS,
      logger: SILENT_LOGGER,
      heartbeatEveryMs: 50,
    });
  }

  beforeEach(() => {
    processed = new Set();
    deadLetters = [];
    calls = [];
    failuresLeft = 0;
  });

  it('processes once and skips a redelivery', async () => {
    const p = processor();
    expect(await p.process(raw(event('e1')), delivery)).toBe('processed');
    expect(await p.process(raw(event('e1')), delivery)).toBe('duplicate');
    expect(calls).toHaveLength(1);
  });

  it('retries a failing handler and succeeds', async () => {
    failuresLeft = 2;
    expect(await processor(3).process(raw(event('e2')), delivery)).toBe('processed');
    expect(calls.map(() => 1)).toHaveLength(3);
    expect(deadLetters).toHaveLength(0);
  });

  it('dead-letters after maxAttempts with the attempt count and error', async () => {
    failuresLeft = 10;
    expect(await processor(3).process(raw(event('e3'), '7'), delivery)).toBe('dead-lettered');
    expect(deadLetters).toHaveLength(1);
    const headers = deadLetters[0].message.headers ?? {};
    expect(deadLetters[0].topic).toBe('t.dlq');
    expect(headers[DeadLetterHeaders.attempts]).toBe('3');
    expect(headers[DeadLetterHeaders.originalOffset]).toBe('7');
    expect(String(headers[DeadLetterHeaders.reason])).toContain('db unavailable');
  });

  it('dead-letters an invalid payload at once, naming the field', async () => {
    expect(await processor().process(raw(event('e4', { note: 42 })), delivery)).toBe('dead-lettered');
    expect(calls).toHaveLength(0);
    expect(String(deadLetters[0].message.headers?.[DeadLetterHeaders.reason])).toContain('note');
  });

  it('ignores fields it does not know (a newer producer may add optional ones)', async () => {
    expect(await processor().process(raw(event('e4b', { note: 'hi', addedLater: 1 })), delivery)).toBe('processed');
    expect(deadLetters).toHaveLength(0);
  });

  it('dead-letters garbage and ignores unknown types', async () => {
    const p = processor();
    expect(await p.process(raw('not json'), delivery)).toBe('dead-lettered');
    expect(await p.process(raw({ ...event('e5'), type: 'org.icn.other.v1' }), delivery)).toBe('ignored');
  });

  it('gives up retrying (without dead-lettering) when the consumer stops', async () => {
    failuresLeft = 10;
    const stopping = { ...delivery, shouldAbort: () => true };
    expect(await processor(5).process(raw(event('e6')), stopping)).toBe('aborted');
    expect(deadLetters).toHaveLength(0);
  });
});
