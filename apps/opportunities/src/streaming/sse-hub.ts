import { Injectable } from '@nestjs/common';
import type { LiveNotification, SseConnection } from './sse-connection';

/** This replica's open streams, by subscription: where the broadcast consumer hands notifications. */
@Injectable()
export class SseHub {
  private readonly bySubscription = new Map<string, Set<SseConnection>>();
  private readonly closers = new Map<SseConnection, () => void>();

  add(connection: SseConnection, close: () => void): void {
    let set = this.bySubscription.get(connection.subscriptionId);
    if (!set) {
      set = new Set();
      this.bySubscription.set(connection.subscriptionId, set);
    }
    set.add(connection);
    this.closers.set(connection, close);
  }

  remove(connection: SseConnection): void {
    connection.close();
    this.closers.delete(connection);
    const set = this.bySubscription.get(connection.subscriptionId);
    if (!set) return;
    set.delete(connection);
    if (set.size === 0) this.bySubscription.delete(connection.subscriptionId);
  }

  dispatch(subscriptionId: string, notification: LiveNotification): void {
    const set = this.bySubscription.get(subscriptionId);
    if (!set) return;
    for (const connection of set) void connection.offer(notification);
  }

  /** After the broadcast consumer (re)joined: anything published meanwhile is read from the feeds. */
  resyncAll(): void {
    for (const set of this.bySubscription.values()) for (const connection of set) void connection.resync();
  }

  /** The subscription was deleted: end its streams (EventSource clients will get 404 on reconnect). */
  closeSubscription(subscriptionId: string): void {
    for (const connection of [...(this.bySubscription.get(subscriptionId) ?? [])]) {
      this.closers.get(connection)?.();
      this.remove(connection);
    }
  }

  closeAll(): void {
    for (const connection of [...this.closers.keys()]) {
      this.closers.get(connection)?.();
      this.remove(connection);
    }
  }

  get connectionCount(): number {
    return this.closers.size;
  }
}
