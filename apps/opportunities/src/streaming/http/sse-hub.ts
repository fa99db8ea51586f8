import { trace } from '@opentelemetry/api';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { DELIVERY_CONFIG, type DeliveryConfig } from '../../notifications/delivery.config';
import type { LiveNotification, SseConnection } from './sse-connection';
import { sseEvent, sseHeartbeat } from './sse-format';

/**
 * This replica's open streams, by subscription: where the broadcast consumer hands notifications.
 * It also sends every stream's heartbeat from one timer (one string for all) instead of a timer
 * per connection, which counted at 10,000 connections.
 */
@Injectable()
export class SseHub implements OnModuleDestroy {
  private readonly bySubscription = new Map<string, Set<SseConnection>>();
  private readonly closers = new Map<SseConnection, () => void>();
  private heartbeatTimer: NodeJS.Timeout | undefined;

  constructor(@Inject(DELIVERY_CONFIG) private readonly config: DeliveryConfig) {}

  /** Shutdown ends every stream: clients reconnect to another replica and resume from their feeds. */
  onModuleDestroy(): void {
    this.closeAll();
    this.stopHeartbeat();
  }

  add(connection: SseConnection, close: () => void): void {
    let set = this.bySubscription.get(connection.subscriptionId);
    if (!set) {
      set = new Set();
      this.bySubscription.set(connection.subscriptionId, set);
    }
    set.add(connection);
    this.closers.set(connection, close);
    this.heartbeatTimer ??= setInterval(() => this.heartbeat(), this.config.SSE_HEARTBEAT_MS).unref();
  }

  remove(connection: SseConnection): void {
    connection.close();
    this.closers.delete(connection);
    const set = this.bySubscription.get(connection.subscriptionId);
    if (!set) return;
    set.delete(connection);
    if (set.size === 0) this.bySubscription.delete(connection.subscriptionId);
    if (this.closers.size === 0) this.stopHeartbeat();
  }

  dispatch(subscriptionId: string, notification: LiveNotification): void {
    const set = this.bySubscription.get(subscriptionId);
    if (!set) return;
    // Inside the broadcast consumer's span of the notification, so a publication's trace shows
    // where it was pushed live, to how many open streams (ADR 15).
    const span = trace.getTracer('@icn/opportunities').startSpan('sse push', {
      attributes: { 'icn.subscription.id': subscriptionId, 'icn.feed.seq': notification.seq, 'icn.sse.connections': set.size },
    });
    const live = { ...notification, frame: sseEvent(notification.seq, notification.kind, notification.event) };
    for (const connection of set) void connection.offer(live);
    span.end();
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

  private heartbeat(): void {
    const comment = sseHeartbeat(new Date());
    for (const connection of this.closers.keys()) connection.heartbeat(comment);
  }

  private stopHeartbeat(): void {
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = undefined;
  }
}
