import { isDeepStrictEqual } from 'node:util';
import type { EventRecorder, RecordedEvent } from './event-recorder';

/** One aggregate as its service serves it now, and how to read the same state out of one of its events. */
export interface AuditedAggregate {
  label: string;
  topic: string;
  subject: string;
  /** The version the service answers (GET through any replica). */
  version: number;
  /** The state the service answers, in the shape `snapshotOf` gives an event's data. */
  state: unknown;
  snapshotOf: (event: RecordedEvent) => unknown;
}

/** The event an acknowledged command must have produced: found by aggregate id + the version answered. */
export interface ExpectedEvent {
  what: string;
  topic: string;
  subject: string;
  version: number;
  /** Why the event at that version is not this command's (null when it is). */
  mismatch: (event: RecordedEvent) => string | null;
}

export interface StreamAudit {
  /** Distinct events (by CloudEvent id) of the audited aggregates. */
  eventsChecked: number;
  /** Copies of an event id beyond the first (e.g. a relay killed between Kafka's acknowledgement and the mark). */
  duplicates: RecordedEvent[];
  problems: string[];
}

/**
 * Each aggregate's events, deduplicated by CloudEvent id, must be versions (`subjectsequence`)
 * 1..version exactly — no gap, nothing beyond the stored version, no version under two ids — the
 * copies of one id must be the same event, and the last one must carry the state the service
 * answers. Every acknowledged command's event must be there, at the version it was answered with.
 */
export function auditStreams(recorder: EventRecorder, aggregates: readonly AuditedAggregate[], expected: readonly ExpectedEvent[]): StreamAudit {
  const audit: StreamAudit = { eventsChecked: 0, duplicates: [], problems: [] };
  const distinctByAggregate = new Map<string, Map<number, RecordedEvent>>();
  for (const aggregate of aggregates) {
    const raw = recorder.eventsOf(aggregate.topic, new Set([aggregate.subject]));
    const byId = new Map<string, RecordedEvent>();
    for (const event of raw) {
      const earlier = byId.get(event.id);
      if (earlier === undefined) {
        byId.set(event.id, event);
        continue;
      }
      audit.duplicates.push(event);
      if (!isDeepStrictEqual(earlier.envelope, event.envelope)) audit.problems.push(`${aggregate.label}: event ${event.id} published twice with different content`);
    }
    const byVersion = new Map<number, RecordedEvent>();
    for (const event of byId.values()) {
      const other = byVersion.get(event.subjectsequence);
      if (other !== undefined) audit.problems.push(`${aggregate.label}: version ${event.subjectsequence} published under two ids (${other.id}, ${event.id})`);
      byVersion.set(event.subjectsequence, event);
    }
    distinctByAggregate.set(`${aggregate.topic}|${aggregate.subject}`, byVersion);
    audit.eventsChecked += byId.size;
    const versions = [...byVersion.keys()].sort((a, b) => a - b);
    const wanted = Array.from({ length: aggregate.version }, (_, index) => index + 1);
    if (!isDeepStrictEqual(versions, wanted)) {
      audit.problems.push(`${aggregate.label}: versions on the topic ${describeRange(versions)}, stored version ${aggregate.version}`);
    }
    const last = byVersion.get(aggregate.version);
    if (last !== undefined && !isDeepStrictEqual(aggregate.snapshotOf(last), aggregate.state)) {
      audit.problems.push(`${aggregate.label}: the event of version ${aggregate.version} does not carry the stored state: ${firstDifference(aggregate.snapshotOf(last), aggregate.state)}`);
    }
  }
  for (const command of expected) {
    const event = distinctByAggregate.get(`${command.topic}|${command.subject}`)?.get(command.version);
    if (event === undefined) {
      audit.problems.push(`${command.what}: acknowledged with version ${command.version}, but no such event on ${command.topic}`);
      continue;
    }
    const mismatch = command.mismatch(event);
    if (mismatch !== null) audit.problems.push(`${command.what}: the event of version ${command.version} is not its own: ${mismatch}`);
  }
  return audit;
}

/** "1..7" for a run without gaps, else the list (shortened). */
function describeRange(versions: readonly number[]): string {
  if (versions.length === 0) return 'none';
  const contiguous = versions.every((version, index) => version === index + 1);
  if (contiguous) return `1..${versions.length}`;
  return versions.length > 30 ? `${versions.slice(0, 30).join(',')},… (${versions.length})` : versions.join(',');
}

/** The first field (depth-first) where two JSON values differ, for a readable failure. */
export function firstDifference(actual: unknown, expected: unknown, path = ''): string {
  if (isDeepStrictEqual(actual, expected)) return 'none';
  if (actual !== null && expected !== null && typeof actual === 'object' && typeof expected === 'object' && Array.isArray(actual) === Array.isArray(expected)) {
    const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
    for (const key of keys) {
      const left: unknown = (actual as Record<string, unknown>)[key];
      const right: unknown = (expected as Record<string, unknown>)[key];
      if (!isDeepStrictEqual(left, right)) return firstDifference(left, right, `${path}.${key}`);
    }
  }
  return `${path || '(root)'}: event ${JSON.stringify(actual)} ≠ stored ${JSON.stringify(expected)}`;
}
