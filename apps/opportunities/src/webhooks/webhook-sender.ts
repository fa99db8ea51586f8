import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupAddress, LookupOneOptions, LookupAllOptions } from 'node:dns';
import { signedHeaders } from './domain/standard-webhooks';
import type { PinnedTarget } from './target/webhook-target.guard';

export interface SendResult {
  ok: boolean;
  statusCode?: number;
  error?: string;
  durationMs: number;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * The connection's own name lookup, answering the address the guard checked. Without it the
 * socket would resolve the name again, and a rebinding DNS server could answer differently.
 */
function pinnedLookup(target: PinnedTarget) {
  return (_hostname: string, options: LookupOneOptions | LookupAllOptions, callback: LookupCallback): void => {
    if ((options as LookupAllOptions).all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
}

/**
 * One signed POST to the pinned address. Success is a 2xx answer within the timeout; redirects are
 * not followed (a receiver must answer at its configured URL, and a redirect could point anywhere),
 * anything else is a failure to retry.
 */
export function sendWebhook(target: PinnedTarget, secret: string, id: string, body: string, timeoutMs: number): Promise<SendResult> {
  const started = Date.now();
  const payload = Buffer.from(body, 'utf8');
  const headers = {
    'content-type': 'application/json',
    'content-length': String(payload.length),
    'user-agent': 'icn-opportunities-webhooks/1',
    ...signedHeaders(secret, id, Math.floor(started / 1000), body),
  };
  const request = target.url.protocol === 'https:' ? httpsRequest : httpRequest;
  const signal = AbortSignal.timeout(timeoutMs);
  return new Promise<SendResult>((resolve) => {
    let settled = false;
    const finish = (result: Omit<SendResult, 'durationMs'>): void => {
      if (settled) return;
      settled = true;
      resolve({ ...result, durationMs: Date.now() - started });
    };
    const outgoing = request(
      target.url,
      { method: 'POST', headers, lookup: pinnedLookup(target), signal, agent: false },
      (response: IncomingMessage) => {
        // Drain the body so the exchange completes; its content does not matter.
        response.resume();
        const status = response.statusCode ?? 0;
        response.on('end', () =>
          finish(status >= 200 && status < 300 ? { ok: true, statusCode: status } : { ok: false, statusCode: status, error: `HTTP ${status}` }),
        );
        // Cut off mid-body (timeout, reset): the answer is incomplete, so the attempt failed.
        response.on('error', () => undefined);
        response.on('close', () => finish({ ok: false, statusCode: status, error: signal.aborted ? `timeout after ${timeoutMs} ms` : 'connection closed mid-response' }));
      },
    );
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      if (signal.aborted) finish({ ok: false, error: `timeout after ${timeoutMs} ms` });
      else finish({ ok: false, error: error.code ?? error.message });
    });
    outgoing.end(payload);
  });
}
