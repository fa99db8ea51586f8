import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  body: string;
  answeredWith: number;
}

/** A local webhook receiver; `respond` decides the status of each request (e.g. fail 3 times, then 204). */
export class WebhookTestReceiver {
  private constructor(
    private readonly server: Server,
    readonly url: string,
    readonly requests: ReceivedWebhook[],
  ) {}

  static async start(respond: (attempt: number) => number = () => 204): Promise<WebhookTestReceiver> {
    const requests: ReceivedWebhook[] = [];
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const status = respond(requests.length + 1);
        requests.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), answeredWith: status });
        res.statusCode = status;
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return new WebhookTestReceiver(server, `http://127.0.0.1:${port}/hooks/icn`, requests);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
