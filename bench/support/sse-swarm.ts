import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export type SwarmRequest =
  | { type: 'connect'; baseUrl: string; token: string; subscriptionIds: string[]; count: number; concurrency: number; deadlineEpochMs: number }
  | { type: 'receipts'; markers: number[]; take: boolean }
  | { type: 'count' }
  | { type: 'close' };

export type SwarmReply =
  | { type: 'connected'; open: number; failed: number }
  | { type: 'receipts'; byMarker: Record<string, number[]>; open: number }
  | { type: 'count'; received: number; open: number };

/**
 * SSE clients spread over `processes` child processes (sse-swarm.process.js), driven over IPC.
 * Receipt times are epoch ms on the machine clock, comparable with the driver's send times.
 */
export class SseSwarm {
  private readonly children: ChildProcess[] = [];

  constructor(processes: number) {
    for (let i = 0; i < processes; i++) {
      this.children.push(fork(join(__dirname, 'sse-swarm.process.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
    }
  }

  /**
   * Opens `count` more connections, spread evenly over the children and round-robin over the
   * subscriptions; stops opening new ones after `timeoutMs` (the caller sees how many are open).
   */
  async connect(baseUrl: string, token: string, subscriptionIds: string[], count: number, timeoutMs = 600_000, concurrencyPerProcess = 25): Promise<{ open: number; failed: number }> {
    const deadlineEpochMs = Date.now() + timeoutMs;
    const share = (i: number): number => Math.floor(count / this.children.length) + (i < count % this.children.length ? 1 : 0);
    const replies = await Promise.all(
      this.children.map((child, i) =>
        this.ask(child, { type: 'connect', baseUrl, token, subscriptionIds: rotate(subscriptionIds, i), count: share(i), concurrency: concurrencyPerProcess, deadlineEpochMs }, 'connected'),
      ),
    );
    return replies.reduce((sum, r) => ({ open: sum.open + r.open, failed: sum.failed + r.failed }), { open: 0, failed: 0 });
  }

  /** Receipt times per publication marker, from every child (`take` forgets them afterwards). */
  async receipts(markers: number[], take: boolean): Promise<{ byMarker: Map<number, number[]>; open: number }> {
    const replies = await Promise.all(this.children.map((child) => this.ask(child, { type: 'receipts', markers, take }, 'receipts')));
    const byMarker = new Map<number, number[]>(markers.map((marker) => [marker, []]));
    for (const reply of replies) {
      for (const [marker, times] of Object.entries(reply.byMarker)) byMarker.get(Number(marker))?.push(...times);
    }
    return { byMarker, open: replies.reduce((sum, reply) => sum + reply.open, 0) };
  }

  /** Events received so far (all markers, all children) and connections open: cheap progress polling. */
  async count(): Promise<{ received: number; open: number }> {
    const replies = await Promise.all(this.children.map((child) => this.ask(child, { type: 'count' }, 'count')));
    return replies.reduce((sum, r) => ({ received: sum.received + r.received, open: sum.open + r.open }), { received: 0, open: 0 });
  }

  close(): void {
    for (const child of this.children) {
      if (child.connected) child.send({ type: 'close' } satisfies SwarmRequest);
      setTimeout(() => child.kill('SIGKILL'), 2000).unref();
    }
  }

  private ask<T extends SwarmReply['type']>(child: ChildProcess, request: SwarmRequest, replyType: T): Promise<Extract<SwarmReply, { type: T }>> {
    return new Promise((resolve, reject) => {
      const onMessage = (message: SwarmReply): void => {
        if (message.type !== replyType) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(message as Extract<SwarmReply, { type: T }>);
      };
      const onExit = (code: number | null): void => reject(new Error(`SSE client process exited (${code}) during ${request.type}`));
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.send(request);
    });
  }
}

/** Each child starts at a different subscription, so connections spread evenly overall. */
function rotate<T>(items: T[], by: number): T[] {
  const shift = by % Math.max(1, items.length);
  return [...items.slice(shift), ...items.slice(0, shift)];
}
