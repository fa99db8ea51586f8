import { request, type ClientRequest, type IncomingMessage } from 'node:http';

/** One SSE frame as received (`id` is the subscription's feed position). */
export interface SseFrame {
  seq: number;
  event: string;
  data: string;
  /** Which connection of this client delivered it (1 = the first, incremented on each reconnect). */
  connection: number;
}

/**
 * A resilient SSE client, as a browser's EventSource behaves: it reads one subscription's stream,
 * and whenever the connection ends (the service was killed, restarted, or refused us) it
 * reconnects after a short pause with `Last-Event-ID` = the last id it received. It never
 * de-duplicates: every frame is recorded as received, so the scenario can count duplicates and
 * gaps exactly as a client would experience them.
 */
export class SseStreamClient {
  readonly frames: SseFrame[] = [];
  /** Frames whose seq was at or below one already received (a duplicate or a step back). */
  readonly repeated: SseFrame[] = [];
  /** Frames whose seq skipped ahead of lastSeq + 1 (a hole in the stream). */
  readonly gaps: { after: number; got: number }[] = [];
  connections = 0;
  private lastSeq = 0;
  private closed = false;
  private current: ClientRequest | undefined;
  private buffer = '';
  private retryTimer: NodeJS.Timeout | undefined;
  /** Consecutive failed attempts: the pause doubles with each, up to 2 s, while the service is down. */
  private failures = 0;

  constructor(
    private readonly url: () => string,
    private readonly token: string,
    private readonly reconnectDelayMs = 250,
  ) {}

  /** Highest contiguous seq received: what `Last-Event-ID` carries on the next reconnect. */
  get lastEventId(): number {
    return this.lastSeq;
  }

  /** Opens the first connection and resolves once the stream answered 200. */
  start(): Promise<void> {
    return new Promise((resolve, reject) => this.connect((error) => (error ? reject(error) : resolve())));
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.retryTimer);
    this.current?.destroy();
  }

  private connect(onFirstAnswer?: (error?: Error) => void): void {
    if (this.closed) return;
    const connection = ++this.connections;
    const headers: Record<string, string> = { authorization: `Bearer ${this.token}`, accept: 'text/event-stream' };
    if (this.lastSeq > 0) headers['last-event-id'] = String(this.lastSeq);
    this.buffer = '';
    let ended = false;
    const reconnect = (): void => {
      if (ended) return;
      ended = true;
      if (this.closed) return;
      const delay = Math.min(2_000, this.reconnectDelayMs * 2 ** Math.min(this.failures, 4));
      this.failures += 1;
      this.retryTimer = setTimeout(() => this.connect(), delay);
    };
    const req = request(this.url(), { headers }, (res: IncomingMessage) => {
      if (res.statusCode !== 200) {
        onFirstAnswer?.(new Error(`stream answered HTTP ${res.statusCode}`));
        res.resume();
        reconnect();
        return;
      }
      onFirstAnswer?.();
      this.failures = 0;
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => this.onChunk(chunk, connection));
      res.on('error', reconnect);
      res.on('close', reconnect);
    });
    req.on('error', (error) => {
      onFirstAnswer?.(error);
      reconnect();
    });
    req.end();
    this.current = req;
  }

  private onChunk(chunk: string, connection: number): void {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      const fields: Record<string, string> = {};
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) continue; // heartbeat comment
        const colon = line.indexOf(':');
        if (colon > 0) fields[line.slice(0, colon)] = line.slice(colon + 1).replace(/^ /, '');
      }
      if (fields['data'] === undefined || fields['id'] === undefined) continue; // e.g. the `retry:` frame
      this.record({ seq: Number(fields['id']), event: fields['event'] ?? 'message', data: fields['data'], connection });
    }
  }

  private record(frame: SseFrame): void {
    this.frames.push(frame);
    if (frame.seq <= this.lastSeq) {
      this.repeated.push(frame);
      return;
    }
    if (frame.seq > this.lastSeq + 1) this.gaps.push({ after: this.lastSeq, got: frame.seq });
    this.lastSeq = frame.seq;
  }
}
