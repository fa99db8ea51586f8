import { signedHeaders } from './standard-webhooks';

export interface SendResult {
  ok: boolean;
  statusCode?: number;
  error?: string;
  durationMs: number;
}

/**
 * One signed POST. Success is a 2xx answer within the timeout; redirects are not followed (a
 * receiver must answer at its configured URL), anything else is a failure to retry.
 */
export async function sendWebhook(url: string, secret: string, id: string, body: string, timeoutMs: number): Promise<SendResult> {
  const started = Date.now();
  const headers = { 'content-type': 'application/json', 'user-agent': 'icn-opportunities-webhooks/1', ...signedHeaders(secret, id, Math.floor(started / 1000), body) };
  try {
    const response = await fetch(url, { method: 'POST', headers, body, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    // Drain the body so the connection is released; its content does not matter.
    await response.arrayBuffer().catch(() => undefined);
    const durationMs = Date.now() - started;
    if (response.status >= 200 && response.status < 300) return { ok: true, statusCode: response.status, durationMs };
    return { ok: false, statusCode: response.status, error: `HTTP ${response.status}`, durationMs };
  } catch (error) {
    const durationMs = Date.now() - started;
    const name = (error as { name?: string }).name;
    if (name === 'TimeoutError' || name === 'AbortError') return { ok: false, error: `timeout after ${timeoutMs} ms`, durationMs };
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { ok: false, error: cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : 'request failed'), durationMs };
  }
}
