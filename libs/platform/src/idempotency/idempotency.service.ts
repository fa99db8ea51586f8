import { ConflictException, Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { decide } from './idempotency-decision';
import { IDEMPOTENCY_OPTIONS, ResolvedIdempotencyOptions } from './idempotency-options';
import { IdempotencyRecord } from './idempotency-record';
import { IdempotencyStore } from './idempotency.store';

export type BeginResult =
  | { kind: 'proceed'; lockToken: string }
  | { kind: 'replay'; status: number; body: unknown }
  | { kind: 'mismatch' }
  | { kind: 'in-progress' };

/** Each lost race (record vanished, expired, taken over) costs one round; a few always suffice. */
const MAX_ATTEMPTS = 4;

/** The idempotency protocol on top of IdempotencyStore; the interceptor only maps it to HTTP. */
@Injectable()
export class IdempotencyService {
  private readonly logger = new Logger(IdempotencyService.name);

  constructor(
    private readonly store: IdempotencyStore,
    @Inject(IDEMPOTENCY_OPTIONS) private readonly options: ResolvedIdempotencyOptions,
  ) {}

  /** Overridable in tests. */
  protected clock(): Date {
    return new Date();
  }

  async begin(id: string, requestHash: string): Promise<BeginResult> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const now = this.clock();
      const record: IdempotencyRecord = {
        _id: id,
        requestHash,
        state: 'in-progress',
        lockToken: randomUUID(),
        createdAt: now,
        expiresAt: new Date(now.getTime() + this.options.ttlMs),
      };
      if (await this.store.tryInsert(record)) return { kind: 'proceed', lockToken: record.lockToken };

      const decision = decide(await this.store.find(id), requestHash, now, this.options.inProgressTimeoutMs);
      switch (decision.kind) {
        case 'absent':
          continue;
        case 'expired':
          await this.store.deleteIfExpired(id, now);
          continue;
        case 'stale':
          this.logger.warn(`Taking over idempotency record ${id} left in progress by an earlier attempt`);
          if (await this.store.takeOver(decision.lockToken, record)) return { kind: 'proceed', lockToken: record.lockToken };
          continue;
        case 'replay':
          return { kind: 'replay', status: decision.status, body: decision.body === null ? undefined : JSON.parse(decision.body) };
        case 'mismatch':
        case 'in-progress':
          return decision;
      }
    }
    throw new ConflictException('The request with this Idempotency-Key is contended; retry shortly');
  }

  /**
   * Records the response. A failure here is logged, not thrown: the handler's effect has already
   * happened, so the client must get its response; a retry will then see 409 until the record is
   * presumed stale.
   */
  async complete(id: string, lockToken: string, status: number, body: unknown): Promise<void> {
    try {
      // JSON.stringify yields undefined for undefined (no body); it throws on e.g. BigInt.
      const json = JSON.stringify(body) ?? null;
      const completed = await this.store.complete(id, lockToken, status, json, this.clock());
      if (!completed) this.logger.warn(`Idempotency record ${id} was taken over before it completed`);
    } catch (error: unknown) {
      this.logger.error(`Could not record the response for idempotency record ${id}: ${String(error)}`);
    }
  }

  /** Frees the key after a failed handler; a failure to do so only delays retries until it is stale. */
  async release(id: string, lockToken: string): Promise<void> {
    try {
      await this.store.release(id, lockToken);
    } catch (error: unknown) {
      this.logger.error(`Could not release idempotency record ${id}: ${String(error)}`);
    }
  }
}
