import { ClusterRegistered, EVENT_CATALOG, OrganisationJoined, OrganisationSuspended, Topics } from '@icn/contracts';
import { onEventHandlersOf, projectorAsHandler, SILENT_LOGGER, UnrecoverableEventError, type GuardedCollection, type HandlerContext } from '@icn/messaging';
import type { DirectoryClusterRepository } from '../persistence/directory-cluster.repository';
import type { DirectoryOrganisationRepository } from '../persistence/directory-organisation.repository';
import { aCluster, anEnvelope, anOrganisation } from '../testing/membership-snapshot.fixtures';
import { DIRECTORY_GROUP } from './directory.consumer';
import { DirectoryEventHandlers } from './directory-event.handlers';
import { OrganisationChanges } from './organisation-changes';

const ctx: HandlerContext = { topic: 'icn.membership.organisation.v1', partition: 0, offset: '42', attempt: 1, heartbeat: async () => undefined };

/** A collection whose guarded update matches (applied) or not, and where the document exists or not. */
function aCollection(matches: boolean, exists: boolean): GuardedCollection {
  return {
    updateOne: async () => ({ matchedCount: matches ? 1 : 0, upsertedCount: 0 }),
    findOne: async () => (exists ? { _id: 'x' } : null),
  } as unknown as GuardedCollection;
}

function setUp(organisations: GuardedCollection, clusters: GuardedCollection = aCollection(true, true)) {
  const changes = new OrganisationChanges();
  const notified: string[] = [];
  changes.subscribe(async (id) => void notified.push(id));
  const handlers = new DirectoryEventHandlers(
    { projectionTarget: organisations } as unknown as DirectoryOrganisationRepository,
    { projectionTarget: clusters } as unknown as DirectoryClusterRepository,
    changes,
  );
  return { handlers, notified };
}

describe('directory event handlers', () => {
  it('handle every membership event type exactly once, all in the directory group', () => {
    const declared = onEventHandlersOf(setUp(aCollection(true, true)).handlers);
    // Every event membership publishes, from the catalogue: a new one without a handler fails here.
    const membershipTypes = EVENT_CATALOG.filter((definition) => definition.topic === Topics.membershipCluster || definition.topic === Topics.membershipOrganisation).map((definition) => definition.type);
    expect(declared.map((handler) => handler.type).sort()).toEqual([...membershipTypes].sort());
    expect(new Set(declared.map((handler) => handler.group))).toEqual(new Set([DIRECTORY_GROUP]));
  });

  it('project a joined organisation as a snapshot that may create its entry, and announce the change once applied', async () => {
    const { handlers, notified } = setUp(aCollection(true, true));
    const organisation = anOrganisation();
    const event = anEnvelope(OrganisationJoined.type, organisation.organisationId, 1, { organisation });

    const projected = handlers.organisationJoined(event);
    expect(projected.write).toMatchObject({ id: organisation.organisationId, sequence: 1, upsert: true });

    await projectorAsHandler({ definition: OrganisationJoined, project: async () => projected }, SILENT_LOGGER).handle(event, ctx);
    expect(notified).toEqual([organisation.organisationId]);
  });

  it('announce a stale organisation event too (a redelivery is the listeners’ second chance), never a cluster event', async () => {
    const stale = setUp(aCollection(false, true));
    const organisation = anOrganisation();
    const joined = anEnvelope(OrganisationJoined.type, organisation.organisationId, 1, { organisation });
    await projectorAsHandler({ definition: OrganisationJoined, project: async () => stale.handlers.organisationJoined(joined) }, SILENT_LOGGER).handle(joined, ctx);
    expect(stale.notified).toEqual([organisation.organisationId]);

    const cluster = setUp(aCollection(true, true));
    const registered = anEnvelope(ClusterRegistered.type, 'clean', 1, { cluster: aCluster() });
    await projectorAsHandler({ definition: ClusterRegistered, project: async () => cluster.handlers.clusterRegistered(registered) }, SILENT_LOGGER).handle(registered, ctx);
    expect(cluster.notified).toEqual([]);
  });

  it('park a delta for an unknown organisation at once (policy "park"), naming it, without announcing a change', async () => {
    const { handlers, notified } = setUp(aCollection(false, false));
    const id = anOrganisation().organisationId;
    const event = anEnvelope(OrganisationSuspended.type, id, 2, { organisationId: id, clusterId: 'clean', reason: 'x', suspendedAt: '2025-01-01T00:00:00.000Z' });

    const handling = projectorAsHandler({ definition: OrganisationSuspended, project: async () => handlers.organisationSuspended(event) }, SILENT_LOGGER).handle(event, ctx);

    await expect(handling).rejects.toBeInstanceOf(UnrecoverableEventError);
    await expect(handling).rejects.toThrow(`for ${id}, which is not in the directory`);
    expect(notified).toEqual([]);
  });
});
