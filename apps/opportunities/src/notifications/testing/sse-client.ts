import { request, type ClientRequest } from 'node:http';

export interface ReceivedEvent {
  id: string;
  event: string;
  data: string;
}

/**
 * A minimal SSE client for tests: connects with a bearer token (and optionally Last-Event-ID),
 * parses frames into `events`, counts heartbeat comments, and can be cut off at any moment.
 */
export class SseTestClient {
  readonly events: ReceivedEvent[] = [];
  heartbeats = 0;
  status: number | undefined;
  /** The server ended the response (e.g. the subscription was deleted). */
  ended = false;
  private req: ClientRequest | undefined;
  private buffer = '';

  private constructor(private readonly url: string) {}

  static async connect(url: string, token: string, lastEventId?: number): Promise<SseTestClient> {
    const client = new SseTestClient(url);
    await client.open(token, lastEventId);
    return client;
  }

  get ids(): number[] {
    return this.events.map((event) => Number(event.id));
  }

  close(): void {
    this.req?.destroy();
  }

  private open(token: string, lastEventId?: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: 'text/event-stream' };
      if (lastEventId !== undefined) headers['last-event-id'] = String(lastEventId);
      const req = request(this.url, { headers }, (res) => {
        this.status = res.statusCode;
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => this.onChunk(chunk));
        res.on('end', () => (this.ended = true));
        res.on('error', () => undefined);
        resolve();
      });
      req.on('error', (error) => (this.status === undefined ? reject(error) : undefined));
      req.end();
      this.req = req;
    });
  }

  private onChunk(chunk: string): void {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const frame = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      const fields: Record<string, string> = {};
      for (const line of frame.split('\n')) {
        if (line.startsWith(':')) {
          this.heartbeats++;
          continue;
        }
        const colon = line.indexOf(':');
        if (colon > 0) fields[line.slice(0, colon)] = line.slice(colon + 1).replace(/^ /, '');
      }
      if (fields['data'] !== undefined) this.events.push({ id: fields['id'] ?? '', event: fields['event'] ?? 'message', data: fields['data'] });
    }
  }
}
