import type { CloudEvent } from '@icn/contracts';
import type { KafkaMessage } from 'kafkajs';
import { eventContext } from '../context/event-context';
import { errorDetails, type MessagingLogger } from '../observability/messaging-logger';
import type { AppliedBatch } from '../projection/apply-folded-batch';
import type { GuardedProjection, ProjectedWrite } from '../projection/guarded-projection';
import type { ProjectionWrite } from '../projection/projection-write';
import { settleDocuments } from '../projection/settle-documents';
import { withBatchProcessSpan } from '../tracing/consumer-spans';
import { traceCarrierOfMessage } from '../tracing/trace-carrier';
import { UnrecoverableEventError, type EventHandler, type EventProjector, type HandlerContext } from './event-handler';
import type { DeliveryContext, MessageProcessor } from './message-processor';

/**
 * The one-event-at-a-time form of a projector: project, apply under the guard, apply the read
 * model's missing-document policy, tell the listeners. The processor runs it with its retries and
 * dead letter; a guarded batch falls back to it whenever it cannot apply a run as a whole.
 */
export function projectorAsHandler(projector: EventProjector, logger: MessagingLogger): EventHandler {
  return {
    definition: projector.definition,
    handle: async (event, ctx) => {
      const projected = await projector.project(event, ctx);
      if (!projected) return;
      const { projection, write } = projected;
      const outcome = await projection.applyOne(write);
      const details = { eventId: event.id, type: event.type, aggregateId: write.id, sequence: write.sequence, outcome };
      if (outcome === 'missing') {
        const reason = projection.missingReason(write);
        switch (projection.missingDocument) {
          case 'park':
            throw new UnrecoverableEventError(reason, 'missing-document');
          case 'retry-then-dead-letter':
            throw new Error(reason);
          case 'skip':
            logger.warn(details, `${reason}: skipped (missing-document policy "skip")`);
            return;
        }
      }
      // A stale event is normal after a redelivery or a replay; debug keeps the noise down.
      if (outcome === 'stale') logger.debug(details, `${projection.readModel} event already applied or superseded`);
      else logger.info(details, `${projection.readModel} event applied`);
      // Stale too: if an earlier delivery was applied but its listeners failed (so it was
      // redelivered), this is their second chance to catch up with the stored document.
      await projection.settled(write.id);
    },
  };
}

/** A message of the run: `event` null for a type the group ignores (its offset still moves on). */
interface RunEntry {
  message: KafkaMessage;
  event: CloudEvent<object> | null;
  projected: ProjectedWrite | null;
}

export interface ProjectionBatchDeps {
  /** The consumer group, for the batch's trace span. */
  groupId: string;
  processor: MessageProcessor;
  projectors: ReadonlyMap<string, EventProjector>;
  logger: MessagingLogger;
  heartbeatEveryMs: number;
}

export interface BatchDelivery extends DeliveryContext {
  /** Marks the message at `offset` (and all before it) done, heartbeats and commits when due. */
  settle(offset: string): Promise<void>;
}

/**
 * How a guarded consumer group (a read model) consumes one partition's batch: every message is
 * validated and projected, and runs of projected writes are applied together (one `bulkWrite` /
 * `insertMany` per collection and round, see applyFoldedBatch) instead of three round trips per
 * event. No inbox: the sequence guard already makes applying an event idempotent.
 *
 * Every guarantee of the one-by-one path is kept, because it IS the fallback: an invalid message,
 * or one whose projector throws, closes the run and goes through the processor alone (retries,
 * backoff, dead letter — a poison message is parked alone, never its batch); a run the batch
 * cannot apply exactly (stale, missing, a race, a database error, a failed listener) is replayed
 * through the processor event by event. Order per key holds: a run is applied before anything
 * after it, and a document's folds are applied in order.
 */
export class ProjectionBatch {
  constructor(private readonly deps: ProjectionBatchDeps) {}

  async handle(messages: readonly KafkaMessage[], delivery: BatchDelivery): Promise<void> {
    let run: RunEntry[] = [];
    for (const message of messages) {
      if (delivery.shouldAbort()) return;
      const entry = await this.prepare(message, delivery);
      if (entry !== undefined) {
        run.push(entry);
        continue;
      }
      if (!(await this.applyRun(run, delivery))) return;
      run = [];
      const outcome = await this.deps.processor.process(message, delivery);
      if (outcome === 'aborted') return;
      await delivery.settle(message.offset);
    }
    if (delivery.shouldAbort()) return;
    await this.applyRun(run, delivery);
  }

  /** The run entry for a message, or undefined when it must go through the processor alone. */
  private async prepare(message: KafkaMessage, delivery: DeliveryContext): Promise<RunEntry | undefined> {
    const prepared = this.deps.processor.prepare(message, delivery.topic);
    if (prepared.kind === 'ignored') return { message, event: null, projected: null };
    if (prepared.kind === 'invalid') return undefined;
    const { event } = prepared;
    const projector = this.deps.projectors.get(event.type);
    if (projector === undefined) return undefined;
    const ctx: HandlerContext = { topic: delivery.topic, partition: delivery.partition, offset: message.offset, attempt: 1, heartbeat: delivery.heartbeat };
    try {
      const projected = await eventContext().run({ correlationId: event.correlationid, causationId: event.id }, () => projector.project(event, ctx));
      return { message, event, projected: projected ?? null };
    } catch {
      // The processor calls the projector again, with retries, and parks the event if it keeps failing.
      return undefined;
    }
  }

  /** Applies the run and settles its offsets; false when the consumer must let go (aborted). */
  private async applyRun(run: readonly RunEntry[], delivery: BatchDelivery): Promise<boolean> {
    const last = run[run.length - 1];
    if (last === undefined) return true;
    if (await this.applyTogether(run, delivery)) {
      await delivery.settle(last.message.offset);
      return true;
    }
    for (const entry of run) {
      if (delivery.shouldAbort()) return false;
      if (entry.event !== null) {
        const outcome = await this.deps.processor.process(entry.message, delivery);
        if (outcome === 'aborted') return false;
      }
      await delivery.settle(entry.message.offset);
    }
    return true;
  }

  /**
   * True when every event of the run was applied and its listeners told; false: replay one by one
   * (each event then gets a span of its own from the processor). Traced as one `process` span
   * linked to every event's creation context (ADR 15).
   */
  private applyTogether(run: readonly RunEntry[], delivery: DeliveryContext): Promise<boolean> {
    const messages = run.flatMap(({ message, event }) => (event === null ? [] : [{ eventId: event.id, carrier: traceCarrierOfMessage(message.headers, event) }]));
    return withBatchProcessSpan(
      { topic: delivery.topic, partition: delivery.partition, groupId: this.deps.groupId, messages },
      () => this.applyRunTogether(run, delivery),
      (applied) => ({ outcome: applied ? 'processed' : 'replayed one by one' }),
    );
  }

  private async applyRunTogether(run: readonly RunEntry[], delivery: DeliveryContext): Promise<boolean> {
    const writes = new Map<GuardedProjection, ProjectionWrite[]>();
    for (const { projected } of run) {
      if (projected === null) continue;
      const list = writes.get(projected.projection) ?? [];
      list.push(projected.write);
      writes.set(projected.projection, list);
    }
    const writingAt = performance.now();
    try {
      const applied = await this.withHeartbeats(delivery, async () => {
        const stored = new Map<GuardedProjection, AppliedBatch>();
        for (const [projection, list] of writes) {
          const batch = await projection.applyBatch(list);
          if (batch === undefined) return undefined;
          stored.set(projection, batch);
        }
        return stored;
      });
      if (applied === undefined) {
        this.deps.logger.debug({ topic: delivery.topic, partition: delivery.partition, events: run.length }, 'batch holds stale or missing documents: applied one event at a time');
        return false;
      }
      const settlingAt = performance.now();
      await this.withHeartbeats(delivery, async () => {
        for (const [projection, list] of writes) {
          const { written } = applied.get(projection) ?? { written: new Map() };
          await settleDocuments(list.map((write) => write.id), (id) => projection.settled(id, written.get(id)));
        }
      });
      // Logged once the listeners are through too: "applied" then means the event is fully done,
      // and a catch-up's log shows the time its listeners take, not just the writes'.
      this.logApplied(run);
      // One line per run: where a catch-up's time goes (the writes, or the listeners' re-reads).
      this.deps.logger.info(
        { topic: delivery.topic, partition: delivery.partition, events: run.length, writeMs: Math.round(settlingAt - writingAt), settleMs: Math.round(performance.now() - settlingAt) },
        'projection batch applied',
      );
    } catch (error) {
      this.deps.logger.warn({ topic: delivery.topic, partition: delivery.partition, events: run.length, err: errorDetails(error) }, 'batch failed: applied one event at a time');
      return false;
    }
    for (const { event } of run) {
      if (event !== null) this.deps.processor.countProcessed(delivery.topic, event.type);
    }
    return true;
  }

  private logApplied(run: readonly RunEntry[]): void {
    for (const { event, projected } of run) {
      if (event === null || projected === null) continue;
      const { write, projection } = projected;
      this.deps.logger.info({ eventId: event.id, type: event.type, aggregateId: write.id, sequence: write.sequence, outcome: 'applied' }, `${projection.readModel} event applied`);
    }
  }

  private async withHeartbeats<R>(delivery: DeliveryContext, work: () => Promise<R>): Promise<R> {
    const timer = setInterval(() => {
      delivery.heartbeat().catch(() => undefined);
    }, this.deps.heartbeatEveryMs);
    try {
      return await work();
    } finally {
      clearInterval(timer);
    }
  }
}
