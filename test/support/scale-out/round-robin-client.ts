import { randomUUID } from 'node:crypto';
import type { HttpResponse } from '../http-client';
import type { ServiceReplicas } from './service-replicas';

/**
 * What became of one command sent through the replicas:
 *  - `answered`: some replica answered (any status; the workload judges it);
 *  - `unacknowledged`: no answer arrived — the connection broke twice, the request timed out, or
 *    the retry found the first attempt's Idempotency-Key still held by the replica that died with
 *    it. It may or may not have happened; only the final state says.
 */
export type Delivery<T> =
  | { kind: 'answered'; response: HttpResponse<T>; retried: boolean }
  | { kind: 'unacknowledged'; reason: string; retried: boolean };

/** Counts over the commands (not the reads) of a scenario, all services together. */
export class DeliveryCounters {
  sent = 0;
  /** Sent a second time, on another replica, after a connection error. */
  retried = 0;
  unacknowledged = 0;

  /** Starts counting afresh (after the set-up, so the figures are the scenario's commands). */
  reset(): void {
    this.sent = 0;
    this.retried = 0;
    this.unacknowledged = 0;
  }
}

const REQUEST_TIMEOUT_MS = 30_000;

/**
 * A JSON client bound to one principal and one service's replicas. Each request goes to the next
 * running replica; a request that fails with a connection error (the replica was killed under it,
 * or died just before) is sent once more, to another replica, with the same Idempotency-Key — at
 * most once, and counted. A timeout is not retried: the request may still be running.
 */
export class RoundRobinClient {
  constructor(
    private readonly replicas: ServiceReplicas,
    private readonly token: string,
    private readonly counters: DeliveryCounters,
  ) {}

  get<T>(path: string): Promise<Delivery<T>> {
    return this.send<T>('GET', path, undefined);
  }

  post<T>(path: string, body: unknown): Promise<Delivery<T>> {
    return this.send<T>('POST', path, body);
  }

  patch<T>(path: string, body: unknown): Promise<Delivery<T>> {
    return this.send<T>('PATCH', path, body);
  }

  put<T>(path: string, body: unknown): Promise<Delivery<T>> {
    return this.send<T>('PUT', path, body);
  }

  async send<T>(method: string, path: string, body: unknown): Promise<Delivery<T>> {
    // Reads are retried the same way but are not commands: they are not counted.
    const counters = method === 'GET' ? undefined : this.counters;
    if (counters) counters.sent += 1;
    const headers: Record<string, string> = { authorization: `Bearer ${this.token}`, accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    // Endpoints without @Idempotent() ignore the key; the others deduplicate the retry with it.
    if (method !== 'GET') headers['idempotency-key'] = randomUUID();
    const first = this.replicas.nextBaseUrl();
    const attempt = await exchange<T>(first, method, path, headers, body);
    if (attempt.kind === 'answered') return { kind: 'answered', response: attempt.response, retried: false };
    if (attempt.kind === 'timeout') return unacknowledged(counters, `timed out after ${REQUEST_TIMEOUT_MS} ms on ${first}`, false);
    const other = this.replicas.otherBaseUrl(first);
    if (other === undefined) return unacknowledged(counters, `${attempt.reason} on ${first}, and no other replica runs`, false);
    if (counters) counters.retried += 1;
    const retry = await exchange<T>(other, method, path, headers, body);
    if (retry.kind === 'timeout') return unacknowledged(counters, `timed out after ${REQUEST_TIMEOUT_MS} ms on ${other} (retry)`, true);
    if (retry.kind === 'connection-error') return unacknowledged(counters, `${attempt.reason}, then ${retry.reason}`, true);
    if (retry.response.status === 409 && JSON.stringify(retry.response.body).includes('still being processed')) {
      return unacknowledged(counters, 'in flight on the killed replica: its Idempotency-Key is still held', true);
    }
    return { kind: 'answered', response: retry.response, retried: true };
  }
}

function unacknowledged<T>(counters: DeliveryCounters | undefined, reason: string, retried: boolean): Delivery<T> {
  if (counters) counters.unacknowledged += 1;
  return { kind: 'unacknowledged', reason, retried };
}

type Exchange<T> = { kind: 'answered'; response: HttpResponse<T> } | { kind: 'connection-error'; reason: string } | { kind: 'timeout' };

async function exchange<T>(baseUrl: string, method: string, path: string, headers: Record<string, string>, body: unknown): Promise<Exchange<T>> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    text = await response.text();
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') return { kind: 'timeout' };
    return { kind: 'connection-error', reason: describeTransportError(error) };
  }
  const parsed: unknown = text.length > 0 ? parseJson(text) : undefined;
  return { kind: 'answered', response: { status: response.status, body: parsed as T, headers: response.headers } };
}

/** fetch's "fetch failed" hides the useful part (ECONNREFUSED, ECONNRESET, …) in its cause. */
function describeTransportError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause: unknown = error.cause;
  const code = cause !== null && typeof cause === 'object' && 'code' in cause ? String(cause.code) : undefined;
  return code === undefined ? error.message : `${error.message} (${code})`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
