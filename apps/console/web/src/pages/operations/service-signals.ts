import type { PrometheusExposition } from './prometheus-text';

/** The metric names the platform's services expose (libs/platform/src/metrics/platform-metrics.ts). */
export const DEAD_LETTERED_METRIC = 'icn_events_dead_lettered_total';
export const CONSUMER_LAG_METRIC = 'icn_consumer_lag';
export const OUTBOX_BACKLOG_METRIC = 'icn_outbox_backlog';
export const DEAD_LETTER_DEPTH_METRIC = 'icn_dead_letter_messages';

export interface DeadLetterCount {
  /** The topic the event was consumed from; it went to `<topic>.dlq`. */
  topic: string;
  reason: string;
  count: number;
}

/** What a dead-letter topic stores now, read by the service from the broker (not since its start). */
export interface DeadLetterTopicDepth {
  /** The `.dlq` topic. */
  topic: string;
  messages: number;
}

export interface GroupLag {
  group: string;
  /** Records behind, summed over the group's topics and partitions. */
  records: number;
}

/**
 * What the operations page shows of one service's metrics. `undefined` means the service does not
 * expose that metric at all (not: zero), so the page can say "not exposed" instead of a false 0.
 */
export interface ServiceSignals {
  deadLetters: readonly DeadLetterCount[] | undefined;
  deadLetteredTotal: number | undefined;
  deadLetterTopics: readonly DeadLetterTopicDepth[] | undefined;
  consumerLag: readonly GroupLag[] | undefined;
  outboxBacklog: number | undefined;
}

export function serviceSignals(exposition: PrometheusExposition): ServiceSignals {
  const { types, samples } = exposition;
  const declared = (name: string) => types.has(name) || samples.some((sample) => sample.name === name);
  const of = (name: string) => samples.filter((sample) => sample.name === name && Number.isFinite(sample.value));

  let deadLetters: DeadLetterCount[] | undefined;
  if (declared(DEAD_LETTERED_METRIC)) {
    const counts = new Map<string, DeadLetterCount>();
    for (const sample of of(DEAD_LETTERED_METRIC)) {
      const topic = sample.labels['topic'] ?? '';
      const reason = sample.labels['reason'] ?? '';
      const key = `${topic}\u0000${reason}`;
      const entry = counts.get(key) ?? { topic, reason, count: 0 };
      entry.count += sample.value;
      counts.set(key, entry);
    }
    deadLetters = [...counts.values()].filter((entry) => entry.count > 0).sort((a, b) => a.topic.localeCompare(b.topic) || a.reason.localeCompare(b.reason));
  }

  let consumerLag: GroupLag[] | undefined;
  if (declared(CONSUMER_LAG_METRIC)) {
    const byGroup = new Map<string, number>();
    for (const sample of of(CONSUMER_LAG_METRIC)) {
      const group = sample.labels['group'] ?? '';
      byGroup.set(group, (byGroup.get(group) ?? 0) + sample.value);
    }
    consumerLag = [...byGroup.entries()].map(([group, records]) => ({ group, records })).sort((a, b) => a.group.localeCompare(b.group));
  }

  const deadLetterTopics = declared(DEAD_LETTER_DEPTH_METRIC)
    ? of(DEAD_LETTER_DEPTH_METRIC)
        .map((sample) => ({ topic: sample.labels['topic'] ?? '', messages: sample.value }))
        .sort((a, b) => a.topic.localeCompare(b.topic))
    : undefined;

  return {
    deadLetters,
    deadLetterTopics,
    deadLetteredTotal: deadLetters?.reduce((sum, entry) => sum + entry.count, 0),
    consumerLag,
    outboxBacklog: declared(OUTBOX_BACKLOG_METRIC) ? of(OUTBOX_BACKLOG_METRIC).reduce((sum, sample) => sum + sample.value, 0) : undefined,
  };
}

/**
 * The network's dead-letter topics with what each stores, from every service that reads them.
 * Several services consume the same topic and so report the same `.dlq`: each reads the broker, so
 * their figures agree up to the moment each read it; the highest (the latest) is shown.
 */
export function networkDeadLetterTopics(signals: readonly ServiceSignals[]): DeadLetterTopicDepth[] {
  const depth = new Map<string, number>();
  for (const entry of signals.flatMap((service) => service.deadLetterTopics ?? [])) {
    depth.set(entry.topic, Math.max(depth.get(entry.topic) ?? 0, entry.messages));
  }
  return [...depth.entries()].map(([topic, messages]) => ({ topic, messages })).sort((a, b) => a.topic.localeCompare(b.topic));
}
