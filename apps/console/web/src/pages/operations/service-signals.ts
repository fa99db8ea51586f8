import type { PrometheusExposition } from './prometheus-text';

/** The metric names the platform's services expose (libs/platform/src/metrics/platform-metrics.ts). */
export const DEAD_LETTERED_METRIC = 'icn_events_dead_lettered_total';
export const CONSUMER_LAG_METRIC = 'icn_consumer_lag';
export const OUTBOX_BACKLOG_METRIC = 'icn_outbox_backlog';

export interface DeadLetterCount {
  /** The topic the event was consumed from; it went to `<topic>.dlq`. */
  topic: string;
  reason: string;
  count: number;
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

  return {
    deadLetters,
    deadLetteredTotal: deadLetters?.reduce((sum, entry) => sum + entry.count, 0),
    consumerLag,
    outboxBacklog: declared(OUTBOX_BACKLOG_METRIC) ? of(OUTBOX_BACKLOG_METRIC).reduce((sum, sample) => sum + sample.value, 0) : undefined,
  };
}
