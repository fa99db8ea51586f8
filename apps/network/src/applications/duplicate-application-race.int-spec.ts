import { Topics, type ApplicationSnapshotV1 } from '@icn/contracts';
import type { ErrorBody } from '@icn/platform';
import { MembershipEventProducer, PrincipalTestClient, readTopic, waitFor, type TestPrincipal } from '@icn/testing';
import { randomUUID } from 'node:crypto';
import { NetworkDirectory } from '../directory/persistence/network-directory.repository';
import { aCluster, anOrganisation } from '../testing/membership-snapshot.fixtures';
import { startNetworkTestApp, type NetworkTestApp } from '../testing/network-test-app';
import { ApplicationRepository } from './persistence/application.repository';

/** Concurrent drafts per round: more than the write path's queue can serialise, over two replicas. */
const DRAFTS = 12;

// "One application in play per organisation and programme" under concurrency: drafts fired at once
// through two instances of the service (one database, as in a scaled-out deployment) land once.
describe('concurrent drafts of one organisation to one programme, over two replicas (real Kafka and FerretDB)', () => {
  let primary: NetworkTestApp;
  let replica: NetworkTestApp;
  let clients: PrincipalTestClient[];
  const suffix = randomUUID().slice(0, 8);
  const clusterId = `nw-race-${suffix}`;
  const organisation = anOrganisation({ clusterId, name: `Race Heat ${suffix}`, country: 'DK', helixType: 'company', sectors: ['energy-efficiency'] });
  const admin: TestPrincipal = { role: 'network-admin' };
  const member: TestPrincipal = { role: 'member', clusterId, organisationId: organisation.organisationId };
  let programmeId: string;

  beforeAll(async () => {
    primary = await startNetworkTestApp();
    replica = await startNetworkTestApp({ replicaOf: primary });
    clients = [new PrincipalTestClient(primary.baseUrl), new PrincipalTestClient(replica.baseUrl)];
    const producer = await MembershipEventProducer.connect(primary.brokers);
    try {
      await producer.clusterRegistered(aCluster({ clusterId, name: clusterId }));
      await producer.organisationJoined(organisation);
    } finally {
      await producer.disconnect();
    }
    const partner = await clients[0]?.request('POST', '/partners', admin, { name: `World Alliance ${suffix}` });
    const programme = await clients[0]?.request('POST', '/programmes', admin, {
      partnerId: (partner?.body as { partnerId: string }).partnerId,
      title: `Solar Impulse label ${suffix}`,
      eligibility: { sectors: [], helixTypes: [], countries: [] },
      callWindow: { opensAt: new Date(Date.now() - 3600_000).toISOString(), closesAt: new Date(Date.now() + 86_400_000).toISOString() },
      requirements: [],
    });
    expect(programme?.status).toBe(201);
    programmeId = (programme?.body as { programmeId: string }).programmeId;
    const directory = primary.app.get(NetworkDirectory);
    await waitFor(async () => (await directory.findOrganisation(organisation.organisationId)) !== null, { timeoutMs: 30_000, description: 'the organisation in network’s directory' });
  });

  afterAll(async () => {
    await replica?.close();
    await primary?.close();
  });

  /** DRAFTS drafts at once, alternating between the replicas, each with its own idempotency key. */
  async function draftConcurrently(): Promise<{ statuses: number[]; created: ApplicationSnapshotV1[]; refusals: string[] }> {
    const answers = await Promise.all(
      Array.from({ length: DRAFTS }, (_, index) => clients[index % 2]?.request('POST', '/applications', member, { programmeId }, randomUUID())),
    );
    const statuses = answers.map((answer) => answer?.status ?? 0).sort();
    const created = answers.filter((answer) => answer?.status === 201).map((answer) => answer?.body as ApplicationSnapshotV1);
    const refusals = answers.filter((answer) => answer?.status === 409).map((answer) => (answer?.body as ErrorBody).message);
    return { statuses, created, refusals };
  }

  it('lets exactly one of the concurrent drafts in (201), refuses the others (409 saying why) and emits one ApplicationDrafted', async () => {
    const started = Date.now();
    const { statuses, created, refusals } = await draftConcurrently();
    const elapsed = Date.now() - started;
    expect(statuses).toEqual([201, ...Array<number>(DRAFTS - 1).fill(409)]);
    for (const refusal of refusals) expect(refusal).toContain(`Race Heat ${suffix} already has an application to Solar Impulse label ${suffix} in play`);

    const repository = primary.app.get(ApplicationRepository);
    expect(await repository.model.countDocuments({ organisationId: organisation.organisationId }).exec()).toBe(1);
    const drafted = await draftedEventsOf(organisation.organisationId, 1);
    expect(drafted.map((event) => event.applicationId)).toEqual([created[0]?.applicationId]);
    process.stdout.write(`duplicate-application race: ${DRAFTS} concurrent drafts over 2 replicas in ${elapsed} ms: 1 created, ${refusals.length} refused, 1 event\n`);
  });

  it('after a withdrawal, the next round is drafted once again: one 201 with a new id, the rest 409', async () => {
    const repository = primary.app.get(ApplicationRepository);
    const first = await repository.findOpen(organisation.organisationId, programmeId);
    expect((await clients[1]?.request('POST', `/applications/${first?.applicationId}/withdraw`, member))?.status).toBe(200);

    const { statuses, created } = await draftConcurrently();
    expect(statuses).toEqual([201, ...Array<number>(DRAFTS - 1).fill(409)]);
    expect(created[0]?.applicationId).not.toBe(first?.applicationId);
    expect(await repository.model.countDocuments({ organisationId: organisation.organisationId }).exec()).toBe(2);
    const drafted = await draftedEventsOf(organisation.organisationId, 2);
    expect(drafted.map((event) => event.applicationId).sort()).toEqual([first?.applicationId, created[0]?.applicationId].sort());
  });

  /** The organisation's ApplicationDrafted events on the topic, once `expected` have arrived (and a read more, for any extra). */
  async function draftedEventsOf(organisationId: string, expected: number): Promise<ApplicationSnapshotV1[]> {
    const read = async () =>
      (await readTopic(primary.brokers, Topics.networkApplication, { timeoutMs: 3_000 }))
        .map((record) => record.json as { type: string; data: { application: ApplicationSnapshotV1 } })
        .filter((event) => event.type === 'org.icn.network.application.drafted.v1' && event.data.application.organisationId === organisationId)
        .map((event) => event.data.application);
    await waitFor(async () => (await read()).length >= expected, { timeoutMs: 30_000, description: `${expected} ApplicationDrafted of the organisation` });
    return read();
  }
});
