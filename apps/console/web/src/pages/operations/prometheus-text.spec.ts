import { describe, expect, it } from '@jest/globals';
import { parsePrometheusText } from './prometheus-text';
import { networkDeadLetterTopics, serviceSignals } from './service-signals';

// An excerpt of what a service's GET /metrics serves (prom-client 15), with the lines this reader must tolerate.
const EXPOSITION = `# HELP icn_events_dead_lettered_total Events sent to a dead-letter topic, by reason.
# TYPE icn_events_dead_lettered_total counter
icn_events_dead_lettered_total{topic="icn.membership.organisation.v1",reason="invalid-message",service="consortia"} 3
icn_events_dead_lettered_total{topic="icn.membership.organisation.v1",reason="handler-failed",service="consortia"} 1
icn_events_dead_lettered_total{topic="icn.consortia.consortium.v1",reason="missing-document",service="consortia"} 2

# TYPE icn_consumer_lag gauge
icn_consumer_lag{group="consortia.directory",topic="icn.membership.cluster.v1",partition="0",service="consortia"} 0
icn_consumer_lag{group="consortia.directory",topic="icn.membership.organisation.v1",partition="1",service="consortia"} 7
icn_consumer_lag{group="consortia.opportunities",topic="icn.opportunities.opportunity.v1",partition="2",service="consortia"} 4
# TYPE icn_dead_letter_messages gauge
icn_dead_letter_messages{topic="icn.membership.organisation.v1.dlq",service="consortia"} 4
icn_dead_letter_messages{topic="icn.consortia.consortium.v1.dlq",service="consortia"} 0
# TYPE icn_outbox_backlog gauge
icn_outbox_backlog{collection="commits",service="consortia"} 5
# TYPE nodejs_gc_duration_seconds histogram
nodejs_gc_duration_seconds_bucket{le="+Inf",service="consortia",kind="minor"} 1265
process_start_time_seconds 1765000000 1765000000000
`;

describe('parsePrometheusText', () => {
  it('reads sample lines with their labels and values, and the declared types', () => {
    const { samples, types } = parsePrometheusText(EXPOSITION);
    expect(types.get('icn_events_dead_lettered_total')).toBe('counter');
    expect(types.get('nodejs_gc_duration_seconds')).toBe('histogram');
    expect(samples).toHaveLength(11);
    expect(samples[0]).toEqual({
      name: 'icn_events_dead_lettered_total',
      labels: { topic: 'icn.membership.organisation.v1', reason: 'invalid-message', service: 'consortia' },
      value: 3,
    });
    expect(samples.find((sample) => sample.name === 'process_start_time_seconds')).toEqual({ name: 'process_start_time_seconds', labels: {}, value: 1765000000 });
  });

  it('unescapes label values and reads the special values', () => {
    const { samples } = parsePrometheusText('a{path="C:\\\\x",quote="say \\"hi\\"",lines="1\\n2"} +Inf\nb -Inf\nc NaN\nd 1.5e3\n');
    expect(samples[0]?.labels).toEqual({ path: 'C:\\x', quote: 'say "hi"', lines: '1\n2' });
    expect(samples[0]?.value).toBe(Number.POSITIVE_INFINITY);
    expect(samples[1]?.value).toBe(Number.NEGATIVE_INFINITY);
    expect(Number.isNaN(samples[2]?.value)).toBe(true);
    expect(samples[3]?.value).toBe(1500);
  });

  it('skips lines it cannot read instead of failing', () => {
    const { samples } = parsePrometheusText('ok 1\n{nameless="x"} 2\nbroken{a="unterminated} 3\nno_value\nword abc\nlast 4\n');
    expect(samples.map((sample) => sample.name)).toEqual(['ok', 'last']);
  });
});

describe('serviceSignals', () => {
  it('sums dead letters per topic and reason, lag per group and the outbox backlog', () => {
    const signals = serviceSignals(parsePrometheusText(EXPOSITION));
    expect(signals.deadLetters).toEqual([
      { topic: 'icn.consortia.consortium.v1', reason: 'missing-document', count: 2 },
      { topic: 'icn.membership.organisation.v1', reason: 'handler-failed', count: 1 },
      { topic: 'icn.membership.organisation.v1', reason: 'invalid-message', count: 3 },
    ]);
    expect(signals.deadLetteredTotal).toBe(6);
    expect(signals.consumerLag).toEqual([
      { group: 'consortia.directory', records: 7 },
      { group: 'consortia.opportunities', records: 4 },
    ]);
    expect(signals.outboxBacklog).toBe(5);
    expect(signals.deadLetterTopics).toEqual([
      { topic: 'icn.consortia.consortium.v1.dlq', messages: 0 },
      { topic: 'icn.membership.organisation.v1.dlq', messages: 4 },
    ]);
  });

  it('merges the dead-letter topics the services report, each topic once at its highest figure', () => {
    const consortia = serviceSignals(parsePrometheusText(EXPOSITION));
    const matchmaking = serviceSignals(parsePrometheusText('icn_dead_letter_messages{topic="icn.membership.organisation.v1.dlq"} 5\nicn_dead_letter_messages{topic="icn.matchmaking.mission.v1.dlq"} 1\n'));
    const down = serviceSignals(parsePrometheusText(''));
    expect(networkDeadLetterTopics([consortia, matchmaking, down])).toEqual([
      { topic: 'icn.consortia.consortium.v1.dlq', messages: 0 },
      { topic: 'icn.matchmaking.mission.v1.dlq', messages: 1 },
      { topic: 'icn.membership.organisation.v1.dlq', messages: 5 },
    ]);
  });

  it('tells zero (declared, never incremented) from not exposed at all', () => {
    const declaredOnly = serviceSignals(parsePrometheusText('# TYPE icn_events_dead_lettered_total counter\n'));
    expect(declaredOnly.deadLetters).toEqual([]);
    expect(declaredOnly.deadLetteredTotal).toBe(0);

    const absent = serviceSignals(parsePrometheusText('process_start_time_seconds 1\n'));
    expect(absent.deadLetters).toBeUndefined();
    expect(absent.deadLetteredTotal).toBeUndefined();
    expect(absent.consumerLag).toBeUndefined();
    expect(absent.outboxBacklog).toBeUndefined();
    expect(absent.deadLetterTopics).toBeUndefined();
  });
});
