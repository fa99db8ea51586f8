import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/**
 * Reads matchmaking's JSON log incrementally and records, per aggregate id, when the directory
 * handler logged "directory event applied" for a given event type. The handler logs that line right
 * after its conditional update returned, so the pino `time` is the moment the document is in the
 * directory, taken on matchmaking's clock (the same machine clock as the benchmark's Date.now()).
 *
 * Reading the log file costs the measured system nothing, unlike polling its HTTP API, and has
 * millisecond resolution instead of a poll interval's.
 */
export class AppliedLogTail {
  private offset = 0;
  private partial = '';
  // Keeps a multi-byte character that straddles two reads intact.
  private readonly decoder = new StringDecoder('utf8');
  private readonly applied = new Map<string, number>();

  constructor(
    private readonly logFile: string,
    private readonly eventType: string,
  ) {}

  /** Epoch ms at which the aggregate's event was applied, if seen so far. */
  appliedAt(aggregateId: string): number | undefined {
    return this.applied.get(aggregateId);
  }

  get size(): number {
    return this.applied.size;
  }

  /** Reads whatever was appended since the last call. */
  poll(): void {
    const fd = openSync(this.logFile, 'r');
    try {
      const buffer = Buffer.alloc(1 << 20);
      for (;;) {
        const read = readSync(fd, buffer, 0, buffer.length, this.offset);
        if (read === 0) break;
        this.offset += read;
        this.consume(this.decoder.write(buffer.subarray(0, read)));
      }
    } finally {
      closeSync(fd);
    }
  }

  private consume(chunk: string): void {
    const lines = (this.partial + chunk).split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) {
      // Cheap pre-filter: the file also holds HTTP and lifecycle lines (and the harness's banners).
      if (!line.includes('event applied') || !line.includes(this.eventType)) continue;
      const entry = parseLine(line);
      // "directory event applied" (per event, or per event of a batch written in one go).
      if (entry?.msg?.startsWith('directory') !== true || entry.type !== this.eventType || entry.aggregateId === undefined || entry.time === undefined) continue;
      const at = Date.parse(entry.time);
      // The first application counts; a redelivery is logged as stale at debug level anyway.
      if (Number.isFinite(at) && !this.applied.has(entry.aggregateId)) this.applied.set(entry.aggregateId, at);
    }
  }
}

interface AppliedLine {
  msg?: string;
  type?: string;
  aggregateId?: string;
  time?: string;
}

function parseLine(line: string): AppliedLine | undefined {
  try {
    const parsed: unknown = JSON.parse(line);
    return typeof parsed === 'object' && parsed !== null ? (parsed as AppliedLine) : undefined;
  } catch {
    return undefined;
  }
}
