import { OrganisationLeft, type CloudEvent } from '@icn/contracts';
import type { KafkaMessage } from 'kafkajs';
import { IsOptional, IsString } from 'class-validator';
import { SILENT_LOGGER, type MessagingLogger } from '../observability/messaging-logger';
import { NOOP_MESSAGING_METRICS } from '../observability/messaging-metrics';
import type { GuardedCollection } from '../projection/apply-guarded-write';
import { GuardedProjection } from '../projection/guarded-projection';
import type { EventProjector } from './event-handler';
import { MessageProcessor } from './message-processor';
import { ProjectionBatch, projectorAsHandler, type BatchDelivery } from './projection-batch';

class NotePayload {
  @IsOptional()
  @IsString()
  note?: string;
}
const definition = { ...OrganisationLeft, payload: NotePayload };

function message(subject: string, offset: number): KafkaMessage {
  const event: CloudEvent<object> = {
    specversion: '1.0', id: `e-${offset}`, source: 's', type: definition.type, subject, time: new Date().toISOString(),
    datacontenttype: 'application/json', correlationid: 'corr', subjectsequence: 1, data: {},
  };
  return { key: Buffer.from(subject), value: Buffer.from(JSON.stringify(event)), offset: String(offset), timestamp: '0', attributes: 0, headers: {} };
}

/** A collection that accepts every insert of new documents (what a rebuild from scratch meets). */
function newDocumentsCollection(): GuardedCollection {
  const collection = { insertMany: jest.fn(async (documents: unknown[]) => ({ insertedCount: documents.length })) };
  return collection as unknown as GuardedCollection;
}

describe('ProjectionBatch', () => {
  it('keeps the member alive and runs different documents\' listeners together, then logs the events applied (the catch-up "stall")', async () => {
    const order: string[] = [];
    const settleMs = 120;
    const projection = new GuardedProjection({
      readModel: 'directory',
      collection: newDocumentsCollection(),
      missingDocument: 'park',
      afterSettled: async (id) => {
        order.push(`settle ${id}`);
        await new Promise((resolve) => setTimeout(resolve, settleMs));
      },
    });
    const projector: EventProjector = {
      definition,
      project: async (event) => projection.write({ id: event.subject, sequence: 1, eventId: event.id, eventType: event.type, eventTime: event.time, set: { name: event.subject }, unset: [], upsert: true }),
    };
    const logger: MessagingLogger = { ...SILENT_LOGGER, info: (_details, text) => void order.push(String(text)) };
    const processor = new MessageProcessor({
      groupId: 'g', handlers: new Map([[definition.type, projectorAsHandler(projector, logger)]]), maxAttempts: 1,
      backoff: { initialMs: 1, maxMs: 1, multiplier: 1, jitter: 0 }, store: { has: async () => false, record: async () => undefined },
      deadLetter: async () => undefined, metrics: NOOP_MESSAGING_METRICS, logger, heartbeatEveryMs: 20,
    });
    const batch = new ProjectionBatch({ groupId: 'g', processor, projectors: new Map([[definition.type, projector]]), logger, heartbeatEveryMs: 20 });
    const heartbeat = jest.fn(async () => undefined);
    const settled: string[] = [];
    const delivery: BatchDelivery = { topic: 't', partition: 0, heartbeat, shouldAbort: () => false, settle: async (offset) => void settled.push(offset) };

    const started = Date.now();
    await batch.handle(['o1', 'o2', 'o3', 'o4'].map((subject, index) => message(subject, index)), delivery);
    const elapsed = Date.now() - started;

    // Listeners one after another took 4 × 120 ms without a heartbeat: long batches got the member evicted.
    expect(elapsed).toBeLessThan(3 * settleMs);
    expect(heartbeat.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(settled).toEqual(['3']);
    // "applied" is logged once the listeners are through, so a catch-up's log shows their time too.
    const lastSettle = order.lastIndexOf('settle o4');
    expect(order.indexOf('directory event applied')).toBeGreaterThan(lastSettle);
  });
});
