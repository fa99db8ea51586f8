/**
 * Server-Sent Events framing. `id` is the feed position, so a reconnecting client's automatic
 * `Last-Event-ID` header is exactly the resume point. CloudEvent JSON has no raw newlines
 * (JSON.stringify escapes them), so one `data:` line carries it.
 */
export function sseEvent(seq: number, kind: string, data: string): string {
  return `id: ${seq}\nevent: ${kind}\ndata: ${data}\n\n`;
}

/** A comment line: ignored by clients, keeps proxies and idle timeouts from closing the stream. */
export function sseHeartbeat(now: Date): string {
  return `: heartbeat ${now.toISOString()}\n\n`;
}

/** How long a client waits before reconnecting (EventSource honours it). */
export function sseRetry(ms: number): string {
  return `retry: ${ms}\n\n`;
}

/**
 * The resume point from the `Last-Event-ID` header or the `lastEventId` query parameter (for
 * clients that cannot set headers on the first connection): a non-negative integer, 0 = from the start.
 */
export function parseLastEventId(header: string | undefined, query: string | undefined): number | 'invalid' {
  const raw = (header ?? query ?? '').trim();
  if (raw === '') return 0;
  if (!/^\d{1,15}$/.test(raw)) return 'invalid';
  return Number(raw);
}
