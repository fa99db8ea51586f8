import { findEventContractViolations, OrganisationLeft, type CloudEvent, type OrganisationLeftV1 } from '@icn/contracts';
import { SpanKind } from '@opentelemetry/api';
import { CommitRelay } from '../write-path/commit-relay';
import { changeOf, eventOf } from '../write-path/change';
import { InMemoryCommitStore, NonAtomicSnapshotStore, RecordingPublisher } from '../write-path/testing/in-memory-stores';
import { WritePath } from '../write-path/write-path';
import { RecordingTracer, traceparentOf } from '../tracing/testing/recording-tracer';
import { buildEvent } from './build-event';
import { toOutboxEntry } from './to-outbox-entry';

const data: OrganisationLeftV1 = { organisationId: '3d6f0a8b-2c4e-4f1a-9b7c-5e8d0f2a4b6c', clusterId: 'clean', leftAt: '2026-01-02T03:04:05.000Z' };

interface Org {
  readonly id: string;
  readonly version: number;
}

describe('an event carries the trace context of its creation (ADR 15)', () => {
  const tracer = new RecordingTracer();
  beforeAll(() => tracer.install());
  afterAll(() => tracer.uninstall());
  beforeEach(() => tracer.reset());

  it('buildEvent ends a `create <topic>` producer span under the active one and puts its context in traceparent', async () => {
    const event = await tracer.inSpan('POST /organisations', () => buildEvent(OrganisationLeft, { subject: 'org-1', sequence: 1, data, source: 's' }));
    const request = tracer.span('POST /organisations');
    const create = tracer.span(`create ${OrganisationLeft.topic}`);
    expect(create.kind).toBe(SpanKind.PRODUCER);
    expect(create.parentSpanContext?.spanId).toBe(request.spanContext().spanId);
    expect(create.spanContext().traceId).toBe(request.spanContext().traceId);
    expect(create.attributes).toMatchObject({ 'messaging.system': 'kafka', 'messaging.operation.type': 'create', 'messaging.destination.name': OrganisationLeft.topic, 'messaging.message.id': event.id });
    expect(event.traceparent).toBe(traceparentOf(create.spanContext()));
    expect(event).not.toHaveProperty('tracestate');
    // What the service emits passes its own contract, the extension included.
    expect(findEventContractViolations(OrganisationLeft, event)).toEqual([]);
  });

  it('toOutboxEntry keeps traceparent and tracestate beside the serialised event, and has no such keys when untraced', () => {
    const traced: CloudEvent<OrganisationLeftV1> = { ...buildEvent(OrganisationLeft, { subject: 'org-1', sequence: 1, data, source: 's' }), traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01', tracestate: 'icn=1' };
    const entry = toOutboxEntry(traced, OrganisationLeft.topic);
    expect([entry.traceparent, entry.tracestate]).toEqual(['00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01', 'icn=1']);
    expect(JSON.parse(entry.value)).toMatchObject({ traceparent: entry.traceparent, tracestate: 'icn=1' });
    const untraced = toOutboxEntry({ ...traced, traceparent: undefined, tracestate: undefined }, OrganisationLeft.topic);
    expect(Object.keys(untraced)).not.toContain('traceparent');
    expect(Object.keys(untraced)).not.toContain('tracestate');
  });

  it('the commit stores the context with each event, and the relay publishes it later, outside the request', async () => {
    const commits = new InMemoryCommitStore();
    const publisher = new RecordingPublisher();
    // The relay does not publish on its own here: publication happens after the request ended.
    const relay = new CommitRelay(publisher, commits, { orphanAfterMs: 0 });
    const withoutPublishing = Object.assign(Object.create(relay) as CommitRelay, { committed: () => undefined });
    const orgs = new WritePath(commits, withoutPublishing).aggregate<Org>({ name: 'org', source: '/test', snapshots: new NonAtomicSnapshotStore<Org>(), idOf: (state) => state.id });

    await tracer.inSpan('POST /organisations', () => orgs.create(changeOf({ id: 'org-1', version: 1 }, eventOf(OrganisationLeft, data))));
    const request = tracer.span('POST /organisations').spanContext();
    const [commit] = commits.commits.values();
    expect(commit.events).toHaveLength(1);
    expect(commit.events[0].traceparent).toMatch(new RegExp(`^00-${request.traceId}-[0-9a-f]{16}-01$`));
    expect((JSON.parse(commit.events[0].value) as CloudEvent).traceparent).toBe(commit.events[0].traceparent);

    await relay.flush({ scan: true });
    expect(publisher.sent.map((entry) => entry.traceparent)).toEqual([commit.events[0].traceparent]);
  });

  it('adds nothing when no tracer provider is installed (tracing off)', async () => {
    await tracer.uninstall();
    try {
      const event = buildEvent(OrganisationLeft, { subject: 'org-1', sequence: 1, data, source: 's' });
      expect(event).not.toHaveProperty('traceparent');
      expect(tracer.spans()).toEqual([]);
    } finally {
      tracer.install();
    }
  });
});
