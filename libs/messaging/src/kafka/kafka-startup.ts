import type { MessagingLogger } from '../observability/messaging-logger';
import type { BackoffOptions } from '../retry/backoff';
import { retryWithBackoff, type RetryClock } from '../retry/retry-with-backoff';

/** KAFKA_STARTUP_TIMEOUT_MS's default: how long each start-up step waits for Kafka. */
export const DEFAULT_KAFKA_STARTUP_TIMEOUT_MS = 60_000;

/** Quick first retries (a topic another process just created has a leader within ~100 ms), then every 5 s at most. */
export const KAFKA_STARTUP_BACKOFF: BackoffOptions = { initialMs: 250, maxMs: 5_000, multiplier: 2, jitter: 0.2 };

export interface KafkaStartupOptions {
  /** Default DEFAULT_KAFKA_STARTUP_TIMEOUT_MS. */
  timeoutMs?: number;
  logger?: MessagingLogger;
  clock?: RetryClock;
}

/** Something that is expected to become ready by itself: a topic whose leaders are being elected, a group still held by a dead member. */
export class KafkaNotReadyError extends Error {
  override readonly name = 'KafkaNotReadyError';
  readonly retriable = true;
}

/**
 * Runs one start-up step against Kafka until it succeeds, retrying transient errors (see
 * isTransientKafkaError) with backoff for at most `timeoutMs`, then failing with a message that
 * names `description` — what did not become ready — and the last error. A fresh broker answers
 * UNKNOWN_TOPIC_OR_PARTITION, LEADER_NOT_AVAILABLE and COORDINATOR_NOT_AVAILABLE for a while after
 * a topic (or the offsets topic) is created, and several services create their topics at once;
 * kafkajs' own retries (a few seconds, and none at all for some of these) do not cover it (ADR 11).
 */
export function waitForKafka<T>(description: string, step: () => Promise<T>, options: KafkaStartupOptions = {}): Promise<T> {
  return retryWithBackoff(step, {
    description,
    timeoutMs: options.timeoutMs ?? DEFAULT_KAFKA_STARTUP_TIMEOUT_MS,
    retryable: isTransientKafkaError,
    backoff: KAFKA_STARTUP_BACKOFF,
    logger: options.logger,
    clock: options.clock,
  });
}

/** Errors no wait can fix: credentials, permissions, a client or request the broker rejects, a bug. */
const PERMANENT_NAMES = new Set([
  'KafkaJSSASLAuthenticationError',
  'KafkaJSServerDoesNotSupportApiKey',
  'KafkaJSNotImplemented',
  'TypeError',
  'RangeError',
  'ReferenceError',
  'SyntaxError',
]);
const PERMANENT_TYPES = /AUTHORIZATION_FAILED|AUTHENTICATION_FAILED|UNSUPPORTED_|ILLEGAL_SASL_STATE|^INVALID_(TOPIC_EXCEPTION|PARTITIONS|CONFIG|REQUEST|GROUP_ID)$|POLICY_VIOLATION/;

/**
 * kafkajs errors that wrap a transient one, or that are transient although kafkajs marks them
 * non-retriable: its own retries ran out, it timed out waiting for leaders, or it found no
 * coordinator yet (the offsets topic of a new broker is created on the first group request).
 */
const TRANSIENT_NAMES = new Set(['KafkaJSNumberOfRetriesExceeded', 'KafkaJSTimeout', 'KafkaJSLockTimeout', 'KafkaJSGroupCoordinatorNotFound']);

/**
 * Whether waiting may fix `error`: nothing in its chain (cause, originalError, the errors of an
 * aggregate) is permanent, and something is retriable — a kafkajs error flagged `retriable`
 * (UNKNOWN_TOPIC_OR_PARTITION, LEADER_NOT_AVAILABLE, COORDINATOR_NOT_AVAILABLE,
 * COORDINATOR_LOAD_IN_PROGRESS, NOT_CONTROLLER, connection errors…) or one of TRANSIENT_NAMES.
 * Anything else (a plain Error from our own code) is not retried.
 */
export function isTransientKafkaError(error: unknown): boolean {
  const chain = errorChain(error);
  if (chain.some(isPermanent)) return false;
  return chain.some((link) => link.retriable === true || (typeof link.name === 'string' && TRANSIENT_NAMES.has(link.name)));
}

interface ErrorLike {
  name?: unknown;
  type?: unknown;
  retriable?: unknown;
  cause?: unknown;
  originalError?: unknown;
  errors?: unknown;
}

function isPermanent(link: ErrorLike): boolean {
  return (typeof link.name === 'string' && PERMANENT_NAMES.has(link.name)) || (typeof link.type === 'string' && PERMANENT_TYPES.test(link.type));
}

function errorChain(error: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  const pending: unknown[] = [error];
  while (pending.length > 0 && chain.length < 50) {
    const next = pending.shift();
    if (typeof next !== 'object' || next === null || chain.includes(next as ErrorLike)) continue;
    const link = next as ErrorLike;
    chain.push(link);
    pending.push(link.cause, link.originalError, ...(Array.isArray(link.errors) ? (link.errors as unknown[]) : []));
  }
  return chain;
}
