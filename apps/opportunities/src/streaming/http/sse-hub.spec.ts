import type { DeliveryConfig } from '../../notifications/delivery.config';
import { SseConnection } from './sse-connection';
import { SseHub } from './sse-hub';

function connectionTo(subscriptionId: string, frames: string[]): SseConnection {
  return new SseConnection(subscriptionId, 0, { write: (chunk) => void frames.push(chunk) }, async () => [], 100);
}

describe('SseHub', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("hands a notification to every connection of its subscription only, as one shared frame", async () => {
    const hub = new SseHub({ SSE_HEARTBEAT_MS: 15_000 } as DeliveryConfig);
    const [a, b, other] = [[], [], []] as string[][];
    const connections = [connectionTo('sub-1', a), connectionTo('sub-1', b), connectionTo('sub-2', other)];
    for (const connection of connections) hub.add(connection, () => undefined);
    hub.dispatch('sub-1', { seq: 1, kind: 'published', event: '{"id":"n1"}' });
    await Promise.all(connections.map((connection) => connection.resync()));
    expect(a).toEqual(['id: 1\nevent: published\ndata: {"id":"n1"}\n\n']);
    expect(b).toEqual(a);
    expect(other).toEqual([]);
    hub.closeAll();
  });

  it('sends heartbeats to every open stream from one timer, and stops when the last one closes', () => {
    const hub = new SseHub({ SSE_HEARTBEAT_MS: 1_000 } as DeliveryConfig);
    const [a, b] = [[], []] as string[][];
    const first = connectionTo('sub-1', a);
    const second = connectionTo('sub-2', b);
    hub.add(first, () => undefined);
    hub.add(second, () => undefined);
    jest.advanceTimersByTime(1_000);
    expect([a.length, b.length]).toEqual([1, 1]);
    expect(a[0]).toMatch(/^: heartbeat /);
    hub.remove(first);
    jest.advanceTimersByTime(1_000);
    expect([a.length, b.length]).toEqual([1, 2]);
    hub.remove(second);
    expect(jest.getTimerCount()).toBe(0);
  });
});
