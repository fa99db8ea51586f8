import type { Kafka } from 'kafkajs';
import { originalTopicOfDeadLetterTopic, positionOf, toDeadLetterRecord, type DeadLetterRecord } from './dead-letter-record';
import { compareOffsets, offsetsAtTime, readRecordRanges, watermarksOf, type RecordRange } from './read-record-ranges';
import { redriveMarkerOf, redriveMessage, redrivenMarkers } from './redrive-message';
import { AcknowledgedProducer } from '../kafka/acknowledged-producer';

export interface ListOptions {
  /** The newest this many dead letters (per the whole topic); all when absent. */
  limit?: number;
  /** Only those this consumer group gave up on. */
  group?: string;
}

export interface DeadLetterListing {
  deadLetterTopic: string;
  /** Records the topic holds now (high minus low watermark, summed over partitions). */
  stored: number;
  records: DeadLetterRecord[];
}

/** Which dead letters to redrive: named `partition:offset`s, or all (optionally of one group). */
export type RedriveSelection = { kind: 'offsets'; positions: readonly { partition: number; offset: string }[] } | { kind: 'all'; group?: string };

export type RedriveStatus = 'redriven' | 'already-redriven' | 'would-redrive';

export interface RedriveOutcome {
  record: DeadLetterRecord;
  status: RedriveStatus;
  /** Where its copy is on the original topic: the one published now, or the earlier one found. */
  copy?: { partition: number; offset: string };
}

export interface DeadLetterToolOptions {
  /** How long one read of a topic may take. */
  readTimeoutMs?: number;
  /**
   * How far before the oldest chosen dead letter the original topic is searched for earlier copies:
   * the redrive stamps its copy with the tool's clock, the dead letter carries the consumer host's,
   * so the search starts early enough to absorb any skew between them.
   */
  clockSkewMarginMs?: number;
  now?: () => Date;
}

const DEFAULT_CLOCK_SKEW_MARGIN_MS = 60 * 60 * 1000;

/**
 * The operator's view of a dead-letter topic: list what it holds and why, and re-publish chosen
 * records to their original topic once the cause is fixed.
 *
 * Redrive is idempotent without a store of its own: each copy it publishes carries
 * `x-dlq-redriven-from: <dlq>:<partition>:<offset>`, and before publishing it reads the original
 * topic from the oldest chosen dead letter's time on and skips every dead letter whose copy is
 * already there. The proof of a redrive is the copy itself, on the topic consumers read: there is no
 * second record to fall out of step with it (a crash between publishing and noting it down), no
 * database the tool needs credentials for, and the check costs one read of the original topic
 * since the failure. Two redrives of the same topic at the same moment are not guarded against:
 * run one at a time (RUNBOOK.md).
 */
export class DeadLetterTool {
  constructor(
    private readonly kafka: Kafka,
    private readonly options: DeadLetterToolOptions = {},
  ) {}

  async list(deadLetterTopic: string, options: ListOptions = {}): Promise<DeadLetterListing> {
    assertDeadLetterTopic(deadLetterTopic);
    const marks = await watermarksOf(this.kafka, deadLetterTopic);
    const stored = marks.reduce((sum, { low, high }) => sum + Number(BigInt(high) - BigInt(low)), 0);
    // With a limit and no filter, the newest N of the topic are among the last N of each partition.
    const perPartition = options.group === undefined ? options.limit : undefined;
    const ranges: RecordRange[] = marks.map(({ partition, low, high }) => ({
      topic: deadLetterTopic,
      partition,
      from: perPartition === undefined ? low : maxOffset(low, (BigInt(high) - BigInt(perPartition)).toString()),
      to: high,
    }));
    const all = (await readRecordRanges(this.kafka, ranges, this.readOptions())).map(toDeadLetterRecord);
    const chosen = all.filter((record) => options.group === undefined || record.consumerGroup === options.group).sort(byTime);
    return { deadLetterTopic, stored, records: options.limit === undefined ? chosen : chosen.slice(-options.limit) };
  }

  /**
   * Re-publishes the chosen dead letters to their original topic, in the dead-letter topic's order,
   * except those a previous redrive already re-published. `dryRun` reports what it would do and
   * publishes nothing. Throws, publishing nothing, when a named record is not on the topic.
   */
  async redrive(deadLetterTopic: string, selection: RedriveSelection, { dryRun = false }: { dryRun?: boolean } = {}): Promise<RedriveOutcome[]> {
    assertDeadLetterTopic(deadLetterTopic);
    const chosen = await this.chosenRecords(deadLetterTopic, selection);
    if (chosen.length === 0) return [];
    const earlier = await this.earlierCopies(chosen);
    const outcomes: RedriveOutcome[] = chosen.map((record) => {
      const copy = earlier.get(redriveMarkerOf(record));
      return copy !== undefined ? { record, status: 'already-redriven', copy } : { record, status: dryRun ? 'would-redrive' : 'redriven' };
    });
    const toPublish = outcomes.filter((outcome) => outcome.status === 'redriven');
    if (toPublish.length === 0) return outcomes;
    const redrivenAt = this.options.now?.() ?? new Date();
    const producer = new AcknowledgedProducer(this.kafka);
    await producer.connect();
    try {
      for (const outcome of toPublish) {
        // One at a time, in order: each copy's place is reported, and a failure stops the rest (rerun to resume).
        const { topic, message } = redriveMessage(outcome.record, redrivenAt);
        const [metadata] = await producer.send([{ topic, messages: [message] }]);
        if (metadata !== undefined) outcome.copy = { partition: metadata.partition, offset: metadata.baseOffset ?? '?' };
      }
    } finally {
      await producer.disconnect();
    }
    return outcomes;
  }

  private async chosenRecords(deadLetterTopic: string, selection: RedriveSelection): Promise<DeadLetterRecord[]> {
    if (selection.kind === 'all') return (await this.list(deadLetterTopic, selection.group !== undefined ? { group: selection.group } : {})).records.sort(byPosition);
    const marks = new Map((await watermarksOf(this.kafka, deadLetterTopic)).map((mark) => [mark.partition, mark]));
    const missing = selection.positions.filter(({ partition, offset }) => {
      const mark = marks.get(partition);
      return mark === undefined || compareOffsets(offset, mark.low) < 0 || compareOffsets(offset, mark.high) >= 0;
    });
    if (missing.length > 0) throw new Error(`not on ${deadLetterTopic}: ${missing.map(positionOf).join(', ')} (see the list for what it holds)`);
    const ranges = new Map<number, RecordRange>();
    for (const { partition, offset } of selection.positions) {
      const next = (BigInt(offset) + 1n).toString();
      const range = ranges.get(partition);
      ranges.set(
        partition,
        range === undefined ? { topic: deadLetterTopic, partition, from: offset, to: next } : { ...range, from: minOffset(range.from, offset), to: maxOffset(range.to, next) },
      );
    }
    const wanted = new Set(selection.positions.map(positionOf));
    const records = (await readRecordRanges(this.kafka, [...ranges.values()], this.readOptions())).filter((record) => wanted.has(positionOf(record)));
    const found = new Set(records.map(positionOf));
    const gone = [...wanted].filter((position) => !found.has(position));
    if (gone.length > 0) throw new Error(`not on ${deadLetterTopic}: ${gone.join(', ')} (deleted by retention?)`);
    return records.map(toDeadLetterRecord).sort(byPosition);
  }

  /** Copies of the chosen dead letters already on their original topic, by redrive marker. */
  private async earlierCopies(chosen: readonly DeadLetterRecord[]): Promise<Map<string, { partition: number; offset: string }>> {
    const since = Math.min(...chosen.map((record) => record.timestamp.getTime())) - (this.options.clockSkewMarginMs ?? DEFAULT_CLOCK_SKEW_MARGIN_MS);
    const ranges: RecordRange[] = [];
    for (const topic of new Set(chosen.map((record) => record.originalTopic))) {
      const starts = new Map((await offsetsAtTime(this.kafka, topic, since)).map(({ partition, offset }) => [partition, offset]));
      for (const { partition, high } of await watermarksOf(this.kafka, topic)) {
        ranges.push({ topic, partition, from: starts.get(partition) ?? high, to: high });
      }
    }
    return redrivenMarkers(await readRecordRanges(this.kafka, ranges, this.readOptions()));
  }

  private readOptions(): { timeoutMs?: number; groupPrefix: string } {
    return { groupPrefix: 'icn-dlq-tool', ...(this.options.readTimeoutMs !== undefined ? { timeoutMs: this.options.readTimeoutMs } : {}) };
  }
}

function assertDeadLetterTopic(topic: string): void {
  if (originalTopicOfDeadLetterTopic(topic) === undefined) throw new Error(`${topic} is not a dead-letter topic (<topic>.dlq)`);
}

function byTime(a: DeadLetterRecord, b: DeadLetterRecord): number {
  return a.timestamp.getTime() - b.timestamp.getTime() || byPosition(a, b);
}

function byPosition(a: DeadLetterRecord, b: DeadLetterRecord): number {
  return a.partition - b.partition || compareOffsets(a.offset, b.offset);
}

function maxOffset(a: string, b: string): string {
  return compareOffsets(a, b) >= 0 ? a : b;
}

function minOffset(a: string, b: string): string {
  return compareOffsets(a, b) <= 0 ? a : b;
}
