import { ClusterRegistered, OrganisationJoined, OrganisationSuspended, type CloudEvent } from '@icn/contracts';
import { type ApplyOutcome, type HandlerContext, type ProjectionWrite } from '@icn/messaging';
import type { Logger } from 'pino';
import type { DirectoryClusterRepository } from '../persistence/directory-cluster.repository';
import type { DirectoryOrganisationRepository } from '../persistence/directory-organisation.repository';
import { aCluster, anEnvelope, anOrganisation } from '../testing/membership-snapshot.fixtures';
import type { DirectoryDeadLetterService } from './directory-dead-letter.service';
import { DirectoryEventHandlers } from './directory-event.handlers';
import { OrganisationChanges } from './organisation-changes';

const ctx: HandlerContext = { topic: 'icn.membership.organisation.v1', partition: 0, offset: '42', attempt: 1, heartbeat: async () => undefined };

function setUp(outcome: ApplyOutcome) {
  const applied: ProjectionWrite[] = [];
  const parked: { event: CloudEvent<object>; reason: string }[] = [];
  const repository = { apply: async (write: ProjectionWrite) => (applied.push(write), outcome) };
  const deadLetters = { park: async (event: CloudEvent<object>, _ctx: HandlerContext, reason: string) => void parked.push({ event, reason }) };
  const changes = new OrganisationChanges();
  const notified: string[] = [];
  changes.subscribe(async (id) => void notified.push(id));
  const logger = { info: () => undefined, debug: () => undefined };
  const handlers = new DirectoryEventHandlers(
    repository as unknown as DirectoryOrganisationRepository,
    repository as unknown as DirectoryClusterRepository,
    deadLetters as unknown as DirectoryDeadLetterService,
    changes,
    logger as unknown as Logger,
  ).all();
  const handlerFor = (type: string) => {
    const handler = handlers.find((candidate) => candidate.definition.type === type);
    if (handler === undefined) throw new Error(`no handler for ${type}`);
    return handler;
  };
  return { applied, parked, notified, handlerFor, handlers };
}

describe('directory event handlers', () => {
  it('handles every membership event type exactly once', () => {
    const types = setUp('applied').handlers.map((handler) => handler.definition.type);
    expect(new Set(types).size).toBe(9);
  });

  it.each<ApplyOutcome>(['applied', 'stale'])('completes normally when the write was %s', async (outcome) => {
    const { applied, parked, notified, handlerFor } = setUp(outcome);
    const organisation = anOrganisation();
    await handlerFor(OrganisationJoined.type).handle(anEnvelope(OrganisationJoined.type, organisation.organisationId, 1, { organisation }), ctx);

    expect(applied).toHaveLength(1);
    expect(parked).toHaveLength(0);
    // Stale included: the listeners re-read the stored document, which is right either way.
    expect(notified).toEqual([organisation.organisationId]);
  });

  it('does not announce an organisation change for a parked delta or a cluster event', async () => {
    const { notified, handlerFor } = setUp('missing');
    const id = anOrganisation().organisationId;
    const event = anEnvelope(OrganisationSuspended.type, id, 2, { organisationId: id, clusterId: 'clean', reason: 'x', suspendedAt: '2025-01-01T00:00:00.000Z' });
    await handlerFor(OrganisationSuspended.type).handle(event, ctx);

    const applied = setUp('applied');
    await applied.handlerFor(ClusterRegistered.type).handle(anEnvelope(ClusterRegistered.type, 'clean', 1, { cluster: aCluster() }), ctx);

    expect(notified).toEqual([]);
    expect(applied.notified).toEqual([]);
  });

  it('parks a delta for an unknown organisation in the DLQ without failing the handler', async () => {
    const { parked, handlerFor } = setUp('missing');
    const id = anOrganisation().organisationId;
    const event = anEnvelope(OrganisationSuspended.type, id, 2, { organisationId: id, clusterId: 'clean', reason: 'x', suspendedAt: '2025-01-01T00:00:00.000Z' });

    await expect(handlerFor(OrganisationSuspended.type).handle(event, ctx)).resolves.toBeUndefined();
    expect(parked).toEqual([{ event, reason: expect.stringContaining(`for ${id}, which is not in the directory`) }]);
  });
});
