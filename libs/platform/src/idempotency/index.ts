export { Idempotent, IDEMPOTENT_KEY } from './idempotent.decorator';
export { IdempotencyInterceptor } from './idempotency.interceptor';
export { IdempotencyModule } from './idempotency.module';
export { IdempotencyService } from './idempotency.service';
export type { BeginResult } from './idempotency.service';
export { IdempotencyStore } from './idempotency.store';
export { IdempotencyCleanup } from './idempotency-cleanup.service';
export { IDEMPOTENCY_COLLECTION, IDEMPOTENCY_OPTIONS } from './idempotency-options';
export type { IdempotencyOptions, IdempotencyModuleAsyncOptions } from './idempotency-options';
export type { IdempotencyRecord } from './idempotency-record';
export {
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENT_REPLAYED_HEADER,
  MAX_IDEMPOTENCY_KEY_LENGTH,
  validateIdempotencyKey,
} from './idempotency-key';
export { canonicalJson, idempotencyRecordId, requestFingerprint } from './idempotency-fingerprint';
export { decide } from './idempotency-decision';
export type { IdempotencyDecision } from './idempotency-decision';
