import type { FeedEntry } from '../../notifications/domain/feed-entry';
import { sseEvent } from './sse-format';

/** Where frames go: the HTTP response in production, an array in unit tests. */
export interface SseSink {
  write(chunk: string): void;
}

/** Reads a subscription's durable feed: entries with seq in (afterSeq, untilSeq], in order. */
export type FeedReader = (afterSeq: number, limit: number, untilSeq?: number) => Promise<FeedEntry[]>;

export interface LiveNotification {
  seq: number;
  kind: string;
  event: string;
  /** The SSE frame, formatted once for every connection of the subscription (10,000 streams, one string). */
  frame?: string;
}

/**
 * One client's stream of one subscription. Everything it does — the initial replay, live
 * notifications, resyncs — runs one at a time in arrival order, and it only ever sends seq
 * `lastSeq + 1`: a live notification at or below lastSeq is a duplicate (replay already sent it,
 * or another replica's relay published it twice) and is dropped; one further ahead reveals a gap
 * (published out of order, or missed while the broadcast consumer rejoined), filled from the
 * database first. The feed is gap-free, so "everything after lastSeq, in order" is exactly once.
 */
export class SseConnection {
  private chain: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(
    readonly subscriptionId: string,
    private lastSeq: number,
    private readonly sink: SseSink,
    private readonly readFeed: FeedReader,
    private readonly pageSize: number,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  get lastSentSeq(): number {
    return this.lastSeq;
  }

  /** Replays everything after the resume point; live notifications queue behind it. */
  start(): Promise<void> {
    return this.enqueue(() => this.catchUp());
  }

  offer(notification: LiveNotification): Promise<void> {
    return this.enqueue(async () => {
      if (notification.seq <= this.lastSeq) return;
      if (notification.seq > this.lastSeq + 1) await this.catchUp(notification.seq - 1);
      if (notification.seq === this.lastSeq + 1) this.send(notification.seq, notification.kind, notification.event, notification.frame);
    });
  }

  /** Re-reads the feed after lastSeq (e.g. after the broadcast consumer rejoined its group). */
  resync(): Promise<void> {
    return this.enqueue(() => this.catchUp());
  }

  /** A comment line, written at once (not queued: it carries no position and must not wait for a replay). */
  heartbeat(comment: string): void {
    if (!this.closed) this.sink.write(comment);
  }

  close(): void {
    this.closed = true;
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    this.chain = this.chain.then(async () => {
      if (this.closed) return;
      try {
        await step();
      } catch (error) {
        this.onError(error);
      }
    });
    return this.chain;
  }

  private async catchUp(untilSeq?: number): Promise<void> {
    for (;;) {
      if (this.closed) return;
      const entries = await this.readFeed(this.lastSeq, this.pageSize, untilSeq);
      for (const entry of entries) {
        if (entry.seq !== this.lastSeq + 1) return; // never skip a position (cannot happen in a gap-free feed)
        this.send(entry.seq, entry.kind, entry.event);
      }
      if (entries.length < this.pageSize) return;
    }
  }

  private send(seq: number, kind: string, event: string, frame?: string): void {
    if (this.closed) return;
    this.sink.write(frame ?? sseEvent(seq, kind, event));
    this.lastSeq = seq;
  }
}
