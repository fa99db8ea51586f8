import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a webhook delivery brought: its headers (signature, traceparent …) and body. */
export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A webhook endpoint on loopback that records every delivery and answers 204. It can go down (the
 * port refuses connections, as a receiver's crashed host would) and come back on the same URL.
 */
export class WebhookReceiver {
  private constructor(
    private readonly server: Server,
    readonly url: string,
    readonly requests: ReceivedWebhook[],
    private readonly port: number,
  ) {}

  static async start(): Promise<WebhookReceiver> {
    const requests: ReceivedWebhook[] = [];
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        requests.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        res.statusCode = 204;
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return new WebhookReceiver(server, `http://127.0.0.1:${port}/hooks/icn`, requests, port);
  }

  /** Stops accepting and cuts every open connection: senders get "connection refused" until `comeBack`. */
  goDown(): Promise<void> {
    const closed = this.stop();
    this.server.closeAllConnections();
    return closed;
  }

  /** Listens again on the same port, so the subscriptions' URL is served again. */
  comeBack(): Promise<void> {
    return new Promise((resolve) => this.server.listen(this.port, '127.0.0.1', resolve));
  }

  stop(): Promise<void> {
    if (!this.server.listening) return Promise.resolve();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
