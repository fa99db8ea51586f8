import { InjectionToken, ModuleMetadata } from '@nestjs/common';
import type { Connection } from 'mongoose';

export interface IdempotencyOptions {
  /** The service's own database; records live in its `idempotency_keys` collection. */
  connection: Connection;
  /** How long a completed key is replayed (default 24 h, the usual client retry horizon). */
  ttlMs?: number;
  /** How often expired records are deleted (default 15 min). */
  cleanupIntervalMs?: number;
  /**
   * After this long an in-progress record is presumed orphaned by a crashed process and may be
   * taken over (default 2 min: far above any request timeout, short enough to unblock retries).
   */
  inProgressTimeoutMs?: number;
}

export type ResolvedIdempotencyOptions = Required<IdempotencyOptions>;

export interface IdempotencyModuleAsyncOptions extends Pick<ModuleMetadata, 'imports'> {
  inject?: InjectionToken[];
  useFactory: (...deps: never[]) => IdempotencyOptions | Promise<IdempotencyOptions>;
}

export const IDEMPOTENCY_OPTIONS: InjectionToken<ResolvedIdempotencyOptions> = Symbol('IDEMPOTENCY_OPTIONS');

export const IDEMPOTENCY_COLLECTION = 'idempotency_keys';

export function resolveIdempotencyOptions(options: IdempotencyOptions): ResolvedIdempotencyOptions {
  return {
    connection: options.connection,
    ttlMs: options.ttlMs ?? 24 * 60 * 60 * 1000,
    cleanupIntervalMs: options.cleanupIntervalMs ?? 15 * 60 * 1000,
    inProgressTimeoutMs: options.inProgressTimeoutMs ?? 2 * 60 * 1000,
  };
}
