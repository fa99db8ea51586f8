import { Topics } from '@icn/contracts';
import { awaitClusterInOpportunities } from '../support/opportunities-platform';
import { ConsortiaReadModels } from '../support/consortia-read-models';
import { runWithConcurrency } from '../support/concurrency';
import { clusterInput, organisationInput } from '../support/factories';
import { HttpClient } from '../support/http-client';
import { summarise } from '../support/reconcile';
import { DAY_MS } from '../support/seed-objects';
import { clusterManagerToken, memberToken, networkAdminToken } from '../support/tokens';
import { uniqueClusterId } from '../support/unique-id';
import { waitFor } from '../support/wait-for';
import { ConsortiumInvitations } from '../support/scale-out/consortium-invitations';
import { DirectoryCopies } from '../support/scale-out/directory-copies';
import { EventRecorder } from '../support/scale-out/event-recorder';
import { fundingCallCopyProblems } from '../support/scale-out/funding-call-copies';
import { MissionSlot } from '../support/scale-out/mission-slot';
import { OrganisationEdits } from '../support/scale-out/organisation-edits';
import { PassportDesks } from '../support/scale-out/passport-desks';
import { DeliveryCounters, type RoundRobinClient } from '../support/scale-out/round-robin-client';
import { ScaleOutPlatform, type ScaleOutService } from '../support/scale-out/scale-out-platform';
import { auditStreams, type StreamAudit } from '../support/scale-out/stream-audit';
import { answerOf, type ScaleOutWorkload } from '../support/scale-out/workload';

const REPLICAS = 3;
/** The replica of each service that is killed (the others carry on; it is not restarted). */
const KILLED_REPLICA = REPLICAS - 1;
const ORGANISATIONS = 16;
const EDITED_ORGANISATIONS = 10;
const EDITS = 300;
const EDIT_CONCURRENCY = 50;
const PASSPORT_APPLICATIONS = 50;
const DESKS_PER_DAY = 2;
const DELEGATES = 6;
const TABLES = 3;
/**
 * Raw copies of an event id allowed per killed replica: a relay killed between Kafka's
 * acknowledgement and marking its batch published leaves that batch to be published again by a
 * surviving replica (consumers deduplicate by id). A batch is the aggregate's unpublished commits,
 * a handful under this load.
 */
const DUPLICATES_PER_KILL = 20;
const CONVERGENCE_TIMEOUT_MS = 90_000;
const AUDITED_TOPICS = [Topics.membershipOrganisation, Topics.matchmakingPassport, Topics.matchmakingMissionMeeting, Topics.consortiaConsortium];

/**
 * Issue 11, item 6: three replicas of every service — one database and one set of consumer groups
 * per service, requests spread round-robin — take concurrent commands on the same aggregates
 * through different replicas: 300 edits of 10 organisations (membership), 50 Passport acceptances
 * competing for one host's desks and 12 acceptances of one B2B slot (matchmaking), a consortium's
 * invitations sent and accepted at once (consortia). While they run, one replica of each service is
 * killed with SIGKILL (opportunities' with membership's: it consumes the edits). A request that
 * fails with a connection error is sent once more to another replica; one that never got an answer
 * is unacknowledged and may or may not have happened.
 *
 * Afterwards, within a bounded time: every acknowledged command's event is on its topic at the
 * version it was answered with; each aggregate's events, deduplicated by id, are versions 1..n with
 * no gap and no version under two ids, and the last one carries the state the service answers; raw
 * duplicates stay within DUPLICATES_PER_KILL per kill; no desk or slot is overbooked; matchmaking's,
 * opportunities' and consortia's copies of the organisations equal membership's, and consortia's and
 * matchmaking's copies of the funding call equal opportunities'.
 */
describe('fault: three replicas of every service, one of each killed under concurrent commands', () => {
  let platform: ScaleOutPlatform;

  beforeAll(async () => {
    platform = await ScaleOutPlatform.start('scale-out', REPLICAS);
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('loses no acknowledged command, keeps every stream gap-free, overbooks nothing and converges every read model', async () => {
    const startedAt = Date.now();
    const counters = new DeliveryCounters();
    const homeClusterId = uniqueClusterId();
    const hostClusterId = uniqueClusterId();
    const secret = platform.jwtSecret;
    const client = (service: ScaleOutService, token: string): RoundRobinClient => platform.client(service, token, counters);
    const membershipManager = client('membership', clusterManagerToken(secret, homeClusterId));
    const matchmakingAdmin = client('matchmaking', networkAdminToken(secret));
    const consortiaMember = (organisationId: string): RoundRobinClient => client('consortia', memberToken(secret, homeClusterId, organisationId));
    const matchmakingMember = (organisationId: string): RoundRobinClient => client('matchmaking', memberToken(secret, homeClusterId, organisationId));

    const recorder = await EventRecorder.start(platform.kafka, AUDITED_TOPICS);
    const consortiaReadModels = await ConsortiaReadModels.open(platform.env.mongoUri, platform.databases.consortia);
    const opportunitiesDatabase = await platform.openDatabase('opportunities');
    const matchmakingDatabase = await platform.openDatabase('matchmaking');
    try {
      // Set-up, through the replicas too: two clusters, the organisations, and their copies everywhere.
      const membershipAdmin = client('membership', networkAdminToken(secret));
      answerOf(await membershipAdmin.post('/clusters', clusterInput(homeClusterId)), 201, 'register the home cluster');
      answerOf(await membershipAdmin.post('/clusters', clusterInput(hostClusterId, { name: 'Scale-out host cluster', country: 'BE', city: 'Liège' })), 201, 'register the host cluster');
      const joined = await runWithConcurrency(ORGANISATIONS, 8, async (n) => {
        const input = organisationInput(homeClusterId, n, { name: `Scale-out organisation ${n}` });
        return answerOf(await membershipManager.post<{ organisationId: string }>('/organisations', input), 201, `join organisation ${n}`).organisationId;
      });
      const organisationIds = joined.map((outcome) => {
        if (!outcome.ok) throw outcome.error;
        return outcome.value;
      });
      await waitFor(
        async () => {
          const hostCluster = await matchmakingAdmin.get(`/directory/clusters/${hostClusterId}`);
          if (hostCluster.kind !== 'answered' || hostCluster.response.status !== 200) return false;
          for (const id of organisationIds) {
            const entry = await matchmakingAdmin.get(`/directory/organisations/${id}`);
            if (entry.kind !== 'answered' || entry.response.status !== 200) return false;
            if ((await consortiaReadModels.organisation(id)) === null) return false;
          }
          return true;
        },
        { timeoutMs: 90_000, intervalMs: 500, description: 'the clusters and organisations in matchmaking’s and consortia’s directories' },
      );
      const opportunitiesManagerToken = clusterManagerToken(secret, homeClusterId);
      await awaitClusterInOpportunities(new HttpClient(() => platform.services.opportunities.nextBaseUrl(), opportunitiesManagerToken), homeClusterId);
      const opportunitiesManager = client('opportunities', opportunitiesManagerToken);
      const call = await opportunitiesManager.post<{ opportunityId: string }>('/opportunities', {
        type: 'funding-call',
        title: 'Horizon Europe: clean heat at scale',
        description: 'A call for the scale-out scenario.',
        sectors: ['district-heating'],
        deadline: new Date(Date.now() + 60 * DAY_MS).toISOString(),
        visibility: 'network',
        publish: true,
      });
      const { opportunityId } = answerOf(call, 201, 'publish the funding call');
      await waitFor(async () => (await consortiaReadModels.fundingCall(opportunityId)) !== null, { timeoutMs: 60_000, description: 'the funding call in consortia’s read model' });

      const edits = new OrganisationEdits(membershipManager, organisationIds, EDITED_ORGANISATIONS, EDITS, EDIT_CONCURRENCY);
      const passport = new PassportDesks(
        client('matchmaking', clusterManagerToken(secret, homeClusterId)),
        client('matchmaking', clusterManagerToken(secret, hostClusterId)),
        hostClusterId,
        organisationIds,
        PASSPORT_APPLICATIONS,
        DESKS_PER_DAY,
      );
      const missions = new MissionSlot(
        client('matchmaking', clusterManagerToken(secret, homeClusterId)),
        client('matchmaking', clusterManagerToken(secret, hostClusterId)),
        matchmakingMember,
        hostClusterId,
        organisationIds.slice(0, DELEGATES),
        TABLES,
        matchmakingDatabase,
      );
      const lead = organisationIds[ORGANISATIONS - 1] as string;
      const consortium = new ConsortiumInvitations(consortiaMember, lead, organisationIds.slice(0, ORGANISATIONS - 2), opportunityId);
      await Promise.all([passport.setUp(), missions.setUp(), consortium.setUp()]);
      const setUpMs = Date.now() - startedAt;

      // The scenario: every workload at once; one replica of each service killed during its own.
      counters.reset();
      const workloads: ScaleOutWorkload[] = [edits, passport, missions, consortium];
      const kills: { service: ScaleOutService; answeredAtKill: number; at: number }[] = [];
      const finished = new Set<ScaleOutWorkload>();
      const killDuring = async (workload: ScaleOutWorkload, services: ScaleOutService[]): Promise<void> => {
        await waitFor(() => workload.log.answered >= workload.killAfterAnswers || finished.has(workload), {
          timeoutMs: 180_000,
          intervalMs: 5,
          description: `${workload.killAfterAnswers} answers to the ${workload.name}`,
        });
        const answeredAtKill = workload.log.answered;
        const at = Date.now();
        await Promise.all(services.map((service) => platform.services[service].kill(KILLED_REPLICA)));
        for (const service of services) kills.push({ service, answeredAtKill, at });
      };
      const commandsStartedAt = Date.now();
      const runMs = new Map<string, number>();
      await Promise.all([
        ...workloads.map((workload) =>
          workload.run().finally(() => {
            finished.add(workload);
            runMs.set(workload.name, Date.now() - commandsStartedAt);
          }),
        ),
        killDuring(edits, ['membership', 'opportunities']),
        killDuring(passport, ['matchmaking']),
        killDuring(consortium, ['consortia']),
      ]);
      const commandsDoneAt = Date.now();

      // Convergence: the survivors publish the dead replicas' orphaned commits, the consumer groups
      // rebalance, the copies catch up. Polled until everything holds, or the bound passes.
      const copies = new DirectoryCopies(matchmakingAdmin, opportunitiesDatabase, consortiaReadModels);
      const expectedEvents = workloads.flatMap((workload) => workload.log.expectedEvents);
      let audit: StreamAudit = { eventsChecked: 0, duplicates: [], problems: ['not audited'] };
      let invariantProblems: string[] = [];
      let copyProblems: string[] = [];
      const converged = await waitFor(
        async () => {
          const aggregates = (await Promise.all(workloads.map((workload) => workload.aggregates()))).flat();
          audit = auditStreams(recorder, aggregates, expectedEvents);
          invariantProblems = (await Promise.all(workloads.map((workload) => workload.invariants()))).flat();
          copyProblems = [
            ...(await copies.problems(await edits.views())),
            ...(await fundingCallCopyProblems(opportunitiesManager, opportunityId, consortiaReadModels, matchmakingDatabase)),
          ];
          return audit.problems.length === 0 && invariantProblems.length === 0 && copyProblems.length === 0;
        },
        { timeoutMs: CONVERGENCE_TIMEOUT_MS, intervalMs: 2_000, description: 'the streams, the invariants and the copies' },
      ).catch((error: unknown) => {
        console.warn(String(error));
        return false;
      });
      const convergedAfterMs = Date.now() - commandsDoneAt;

      const records = workloads.flatMap((workload) => workload.log.records);
      const count = (outcome: string): number => records.filter((record) => record.outcome === outcome).length;
      console.log(
        summarise('scale-out', {
          replicas: REPLICAS,
          kills: kills.length,
          commands: records.length,
          acknowledged: count('acknowledged'),
          refused: count('refused'),
          unacknowledged: count('unacknowledged'),
          failed: count('failed'),
          retriedOnAnotherReplica: counters.retried,
          eventsChecked: audit.eventsChecked,
          expectedEventsChecked: expectedEvents.length,
          rawDuplicates: audit.duplicates.length,
          converged: String(converged),
          setUpMs,
          commandsMs: commandsDoneAt - commandsStartedAt,
          convergedAfterMs,
        }),
      );
      for (const workload of workloads) {
        const log = workload.log;
        const figures = { acknowledged: log.count('acknowledged'), refused: log.count('refused'), unacknowledged: log.count('unacknowledged'), failed: log.count('failed') };
        console.log(summarise(`scale-out ${workload.name}`, { ...figures, runMs: runMs.get(workload.name) ?? -1 }));
      }
      // Where the duplicates are, and whether they came before any kill (then no crash explains them).
      const firstKillAt = Math.min(...kills.map((kill) => kill.at));
      const duplicatesByTopic = Object.fromEntries(AUDITED_TOPICS.map((topic) => [topic, audit.duplicates.filter((event) => event.topic === topic).length]));
      console.log(summarise('scale-out raw duplicates', { ...duplicatesByTopic, beforeTheFirstKill: audit.duplicates.filter((event) => event.receivedAt < firstKillAt).length }));
      console.log(summarise('scale-out kills (answers before the kill)', Object.fromEntries(kills.map((kill) => [kill.service, kill.answeredAtKill]))));

      expect(workloads.flatMap((workload) => workload.log.failures)).toEqual([]);
      // One assertion, so that a failure lists every kind of problem at once.
      expect({ streams: audit.problems, invariants: invariantProblems, copies: copyProblems }).toEqual({ streams: [], invariants: [], copies: [] });
      expect(kills.map((kill) => kill.service).sort()).toEqual(['consortia', 'matchmaking', 'membership', 'opportunities']);
      expect(audit.duplicates.length).toBeLessThanOrEqual(kills.length * DUPLICATES_PER_KILL);
      // The kills landed while the commands ran: something was answered after them.
      for (const workload of [edits, passport, consortium]) {
        const kill = kills.find((entry) => entry.service === workload.service);
        expect({ workload: workload.name, answeredAfterKill: workload.log.answered > (kill?.answeredAtKill ?? Number.POSITIVE_INFINITY) }).toEqual({ workload: workload.name, answeredAfterKill: true });
      }
    } finally {
      await recorder.stop();
      await consortiaReadModels.close();
      await opportunitiesDatabase.close();
      await matchmakingDatabase.close();
    }
    platform.markPassed();
  }, 300_000);
});
