import { applyFoldedBatch, type AppliedBatch, type WrittenDocument } from './apply-folded-batch';
import { applyGuardedWrite, type GuardedCollection } from './apply-guarded-write';
import type { ProjectionWrite } from './projection-write';
import type { ApplyOutcome } from './sequence-guard';

/**
 * What a guarded projection does with a delta event (suspended, contact-added, …) for a document it
 * never built — its creating event was dead-lettered, since one aggregate's events arrive in order.
 * Every read model names its choice where it declares its projection, with the reason:
 *
 * - `park`: dead-letter it at once (original bytes, reason header). Retrying cannot make the
 *   document appear, so retries would only cost seconds per event on every rebuild; parked next to
 *   its predecessor, an operator replays both in offset order and the document is built correctly.
 * - `retry-then-dead-letter`: an ordinary handler failure — retried with backoff, then parked.
 *   For a read model that prefers the library's one failure path over skipping the retries.
 * - `skip`: log a warning and carry on. For a read model whose next snapshot restores the
 *   document anyway and where the delta alone is worth nothing.
 */
export type MissingDocumentPolicy = 'park' | 'retry-then-dead-letter' | 'skip';

export interface GuardedProjectionOptions {
  /** Names the read model in logs ("<readModel> event applied") and dead-letter reasons. */
  readModel: string;
  /** Read-model documents, keyed by aggregate id, carrying ProjectionBookkeeping. */
  collection: GuardedCollection;
  missingDocument: MissingDocumentPolicy;
  /**
   * Called with a document's id once events for it went through, applied or stale (a redelivery
   * after a failed listener is the listener's second chance). Its failure fails the event, which is
   * then retried: a derived index is never silently left behind. `written` is the document exactly
   * as stored when a batch inserted it whole (a creation during a catch-up), so the listener need
   * not read it back; undefined otherwise (the listener reads the stored document).
   */
  afterSettled?: (id: string, written: WrittenDocument | undefined) => Promise<void>;
}

/**
 * One read-model collection written under the sequence guard. Handlers of a guarded consumer group
 * return `projection.write(...)` (a ProjectedWrite); the consumer applies the writes of a batch
 * together (`applyBatch`) and falls back to one event at a time (`applyOne`) whenever the batch
 * cannot say exactly what happened — see applyFoldedBatch.
 */
export class GuardedProjection {
  constructor(private readonly options: GuardedProjectionOptions) {}

  get readModel(): string {
    return this.options.readModel;
  }

  get missingDocument(): MissingDocumentPolicy {
    return this.options.missingDocument;
  }

  /** What a handler returns: this write, for the consumer to apply under the guard. */
  write(write: ProjectionWrite): ProjectedWrite {
    return new ProjectedWrite(this, write);
  }

  applyOne(write: ProjectionWrite): Promise<ApplyOutcome> {
    return applyGuardedWrite(this.options.collection, write);
  }

  /** What was stored when every write was applied; undefined or a throw: replay them one by one. */
  applyBatch(writes: readonly ProjectionWrite[]): Promise<AppliedBatch | undefined> {
    return applyFoldedBatch(this.options.collection, writes);
  }

  async settled(id: string, written?: WrittenDocument): Promise<void> {
    await this.options.afterSettled?.(id, written);
  }

  /** The dead-letter reason for a delta whose document is missing. */
  missingReason(write: ProjectionWrite): string {
    return `missing document: ${write.eventType} (sequence ${write.sequence}) for ${write.id}, which is not in the ${this.options.readModel}`;
  }
}

/** A write bound to the projection that applies it: the return value of a guarded handler. */
export class ProjectedWrite {
  constructor(
    readonly projection: GuardedProjection,
    readonly write: ProjectionWrite,
  ) {}
}
