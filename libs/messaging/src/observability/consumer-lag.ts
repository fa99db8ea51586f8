import { deadLetterTopicOf } from '@icn/contracts';
import type { Admin, Kafka } from 'kafkajs';
import { errorDetails, SILENT_LOGGER, type MessagingLogger } from './messaging-logger';
import type { MessagingMetrics } from './messaging-metrics';

/** A consumer group whose lag is reported, as its consumer was registered. */
export interface LagWatchedGroup {
  groupId: string;
  topics: readonly string[];
  /** Where a partition without a committed offset starts: its first record, or its end. */
  fromBeginning: boolean;
}

export interface PartitionWatermarks {
  partition: number;
  /** The log start offset (first record still stored). */
  low: string;
  /** The offset the next record will get. */
  high: string;
}

/**
 * Records a partition still holds for the group: high watermark − committed offset. A partition
 * the group never committed ("-1") holds everything stored for a group that reads from the
 * beginning, nothing for one that starts at the end.
 */
export function partitionLag(committed: string, watermarks: PartitionWatermarks, fromBeginning: boolean): number {
  const high = Number(watermarks.high);
  const start = committed === '-1' || committed === '' ? (fromBeginning ? Number(watermarks.low) : high) : Number(committed);
  return Math.max(0, high - start);
}

/** Records a topic stores: high − low watermark, summed over its partitions. */
export function storedRecords(watermarks: readonly PartitionWatermarks[]): number {
  return watermarks.reduce((sum, marks) => sum + Math.max(0, Number(marks.high) - Number(marks.low)), 0);
}

export interface ConsumerLagMonitorOptions {
  intervalMs: number;
  metrics: MessagingMetrics;
  logger?: MessagingLogger;
}

/**
 * Sets icn_consumer_lag{group, topic, partition} from what the broker knows — each group's
 * committed offsets against the topics' high watermarks — every `intervalMs`, whether or not the
 * group's consumer receives anything. A consumer that is stuck in a handler, crashed for good or
 * never joined commits nothing, so its lag grows with every record published after its position;
 * a gauge set only when a batch arrives would have stayed at its last, low value.
 *
 * Every replica reports the same figures for its groups (they are the group's, not the replica's);
 * aggregate with max by (group, topic, partition).
 *
 * In the same pass, icn_dead_letter_messages{topic} = records stored on the `.dlq` topic of each
 * consumed topic: the dead letters waiting for an operator, which a per-process counter of events
 * dead-lettered since start cannot tell after a restart or across replicas.
 */
export class ConsumerLagMonitor {
  private timer: NodeJS.Timeout | undefined;
  private refreshing: Promise<void> | undefined;
  private readonly logger: MessagingLogger;

  constructor(
    private readonly kafka: Kafka,
    private readonly groups: () => readonly LagWatchedGroup[],
    private readonly options: ConsumerLagMonitorOptions,
  ) {
    this.logger = options.logger ?? SILENT_LOGGER;
  }

  start(): void {
    if (this.timer) return;
    void this.refresh();
    this.timer = setInterval(() => void this.refresh(), this.options.intervalMs);
    // Reporting alone must not keep a process (or a test run) alive.
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.refreshing;
  }

  /** One computation for every group; a failure is logged and the next period tries again. Never throws. */
  refresh(): Promise<void> {
    this.refreshing ??= this.computeAll()
      .catch((error: unknown) => this.logger.warn({ err: errorDetails(error) }, 'consumer lag could not be computed; retried next period'))
      .finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private async computeAll(): Promise<void> {
    const groups = this.groups();
    if (groups.length === 0) return;
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const watermarks = new Map<string, PartitionWatermarks[]>();
      for (const topic of new Set(groups.flatMap((group) => group.topics))) {
        watermarks.set(topic, await admin.fetchTopicOffsets(topic));
      }
      for (const group of groups) {
        const committed = await admin.fetchOffsets({ groupId: group.groupId, topics: [...group.topics] });
        for (const { topic, partitions } of committed) {
          const offsets = new Map(partitions.map(({ partition, offset }) => [partition, offset]));
          for (const marks of watermarks.get(topic) ?? []) {
            const lag = partitionLag(offsets.get(marks.partition) ?? '-1', marks, group.fromBeginning);
            this.options.metrics.consumerLag.set({ group: group.groupId, topic, partition: marks.partition }, lag);
          }
        }
      }
      await this.countDeadLetters(admin, [...watermarks.keys()]);
    } finally {
      await admin.disconnect();
    }
  }

  private async countDeadLetters(admin: Admin, consumedTopics: readonly string[]): Promise<void> {
    for (const topic of consumedTopics.map(deadLetterTopicOf)) {
      try {
        this.options.metrics.deadLetterMessages.set({ topic }, storedRecords(await admin.fetchTopicOffsets(topic)));
      } catch (error) {
        // A consumer created with withDeadLetter: false has no .dlq: nothing to report, nothing wrong.
        this.logger.debug({ err: errorDetails(error), topic }, 'dead-letter topic not counted');
      }
    }
  }
}
