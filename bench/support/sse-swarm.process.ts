/**
 * A child process holding many SSE connections (plain node:http, one socket each), so the clients'
 * parsing does not share an event loop with the benchmark driver. Driven over IPC by SseSwarm:
 *   connect {baseUrl, token, subscriptionIds, count, concurrency, deadlineEpochMs} -> connected {open, failed}
 *   receipts {markers, take}                                      -> receipts {byMarker, open}
 *   count                                                          -> count {received, open}
 *   close                                                          -> exits
 * Each event's receipt time (epoch ms, sub-millisecond) is recorded under the publication marker
 * `#<n>@` found in its data (the opportunity title), without parsing the whole CloudEvent.
 */
import { request, type ClientRequest } from 'node:http';
import type { SwarmReply, SwarmRequest } from './sse-swarm';

const MARKER = /#(\d+)@/;
const connections: ClientRequest[] = [];
let open = 0;
let assigned = 0;
let received = 0;
const receipts = new Map<number, number[]>();

function now(): number {
  return performance.timeOrigin + performance.now();
}

function reply(message: SwarmReply): void {
  process.send?.(message);
}

function record(frame: string): void {
  // Heartbeats are comment lines; only frames with data carry notifications.
  if (!frame.includes('\ndata:') && !frame.startsWith('data:')) return;
  const match = MARKER.exec(frame);
  if (!match) return;
  const at = now();
  received++;
  const marker = Number(match[1]);
  let list = receipts.get(marker);
  if (!list) {
    list = [];
    receipts.set(marker, list);
  }
  list.push(at);
}

function connectOne(url: string, token: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(url, { agent: false, headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' } }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        resolve(false);
        return;
      }
      open++;
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          record(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      });
      res.on('close', () => open--);
      res.on('error', () => undefined);
      resolve(true);
    });
    req.setTimeout(60_000, () => req.destroy());
    req.on('error', () => resolve(false));
    req.end();
    connections.push(req);
  });
}

async function connectMany(message: Extract<SwarmRequest, { type: 'connect' }>): Promise<void> {
  let failed = 0;
  let remaining = message.count;
  const worker = async (): Promise<void> => {
    while (remaining > 0 && Date.now() < message.deadlineEpochMs) {
      remaining--;
      const subscriptionId = message.subscriptionIds[assigned++ % message.subscriptionIds.length] as string;
      if (!(await connectOne(`${message.baseUrl}/subscriptions/${subscriptionId}/stream`, message.token))) failed++;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, message.concurrency) }, worker));
  // The connect timeout must not end idle streams (heartbeats come every 15 s, events far apart).
  for (const req of connections) req.setTimeout(0);
  reply({ type: 'connected', open, failed });
}

process.on('message', (message: SwarmRequest) => {
  switch (message.type) {
    case 'connect':
      void connectMany(message);
      break;
    case 'receipts': {
      const byMarker: Record<string, number[]> = {};
      for (const marker of message.markers) {
        byMarker[marker] = receipts.get(marker) ?? [];
        if (message.take) receipts.delete(marker);
      }
      reply({ type: 'receipts', byMarker, open });
      break;
    }
    case 'count':
      reply({ type: 'count', received, open });
      break;
    case 'close':
      for (const req of connections) req.destroy();
      process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0));
