import { Topics } from '@icn/contracts';
import { commitGroupOffsets, endOffsetsOf, type TopicPartitionOffset } from '@icn/messaging';
import type { Kafka } from 'kafkajs';
import mongoose, { type Connection } from 'mongoose';
import { E2ePlatform } from '../support/e2e-platform';
import { organisationInput } from '../support/factories';
import { expectStatus, HttpClient } from '../support/http-client';
import { deleteGroups, testKafka } from '../support/kafka-client';
import { ServiceProcess } from '../support/service-process';
import { e2eEnvironment } from '../support/test-environment';
import { networkAdminToken } from '../support/tokens';
import { waitFor } from '../support/wait-for';

const MEMBERSHIP_TOPICS = [Topics.membershipCluster, Topics.membershipOrganisation];
const SUFFIX = '_r2';
const INITIAL = 60;
const DURING = 20;

interface Served {
  requests: number;
  failures: string[];
}

/**
 * Rebuilding a read model without downtime (deploy/RUNBOOK.md, "Rebuilding a read model"), done
 * as an operator would with real processes: matchmaking's directory is rebuilt from membership's
 * topics under a new consumer group into new collections (`DIRECTORY_COLLECTION_SUFFIX=_r2`) by a
 * rebuilder — the same service with `ONLY_CONSUMER_GROUPS=directory` — while the live process keeps
 * answering the directory and membership keeps changing it; once the new group's lag is 0, a
 * replica on the new group and collections starts, traffic moves to it, the old process and the
 * rebuilder stop, and the old collections and group are dropped. Every request in between is
 * answered, and the rebuilt collections equal the live ones document for document.
 */
describe('fault: a read model rebuilt beside the live one, then switched to', () => {
  let platform: E2ePlatform;
  let kafka: Kafka;
  let start: TopicPartitionOffset[];
  let rebuildGroup: string;
  const extra: ServiceProcess[] = [];

  beforeAll(async () => {
    const env = e2eEnvironment();
    kafka = testKafka(env.kafkaBrokers, 'e2e-read-model-rebuild');
    // Where this scenario's history begins. In production the new group reads the topics from the
    // beginning; here the broker holds every earlier run's events too, so the rebuild starts where
    // the live group did — the same events, a bounded run.
    start = await endOffsetsOf(kafka, MEMBERSHIP_TOPICS);
    platform = await E2ePlatform.start('read-model-rebuild');
    rebuildGroup = `${platform.consumerGroup}.r2`;
  });

  afterAll(async () => {
    await Promise.all(extra.map((service) => service.stop()));
    if (rebuildGroup !== undefined) await deleteGroups(kafka, [rebuildGroup]).catch(() => undefined);
    await platform?.stop();
  });

  it('keeps answering from the live directory while the new one is built, and switches to it without a failed request', async () => {
    const organisationIds: string[] = [];
    for (let n = 0; n < INITIAL; n += 1) {
      organisationIds.push(expectStatus(await platform.api.joinOrganisation(organisationInput(platform.clusterId, n)), 201, 'join').organisationId);
    }
    await waitFor(async () => (await platform.directory.countOrganisations(platform.clusterId)) === INITIAL, { timeoutMs: 90_000, description: 'the live directory complete' });

    // Clients of "the directory", wherever it is served from; the scenario moves them as a router would.
    let serving = platform.matchmaking;
    const client = new HttpClient(() => serving.baseUrl, networkAdminToken(platform.jwtSecret));
    const served: Served = { requests: 0, failures: [] };
    let answering = true;
    const answeringLoop = (async () => {
      while (answering) {
        try {
          const response = await client.get<{ total: number }>(`/directory/organisations/count?clusterId=${platform.clusterId}`);
          served.requests += 1;
          if (response.status !== 200 || response.body.total < INITIAL) served.failures.push(`${response.status} ${JSON.stringify(response.body)}`);
        } catch (error) {
          served.requests += 1;
          served.failures.push(String(error));
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();

    // 1. The rebuilder: the same service, the directory group only, a new group id and new collections.
    await commitGroupOffsets(kafka, rebuildGroup, start);
    const rebuildStarted = Date.now();
    const rebuilder = matchmakingProcess(platform, 'rebuilder', { CONSUMER_GROUP: rebuildGroup, DIRECTORY_COLLECTION_SUFFIX: SUFFIX, ONLY_CONSUMER_GROUPS: 'directory' });
    extra.push(rebuilder);
    await rebuilder.startAndWaitReady();

    // Membership keeps changing while it catches up: renames and new members.
    for (let n = 0; n < DURING; n += 1) {
      const organisationId = organisationIds[n] as string;
      expectStatus(await platform.api.updateOrganisation(organisationId, { name: `E2E renamed during the rebuild ${n}` }), 200, 'rename');
      if (n % 2 === 0) organisationIds.push(expectStatus(await platform.api.joinOrganisation(organisationInput(platform.clusterId, INITIAL + n)), 201, 'join').organisationId);
    }
    // The rebuilder took part in the directory group only: the live groups still have one member each.
    expect(await memberCounts(kafka, [platform.consumerGroup, `${platform.consumerGroup}.suggestions`, `${platform.consumerGroup}.partner-search`, rebuildGroup])).toEqual([1, 1, 1, 1]);

    // 2. Caught up: the new group's lag is 0 on every partition.
    await waitFor(async () => (await lagOf(kafka, rebuildGroup, MEMBERSHIP_TOPICS)) === 0, { timeoutMs: 120_000, intervalMs: 500, description: 'the rebuild group caught up (lag 0)' });
    const caughtUpMs = Date.now() - rebuildStarted;

    // 3. Switch: a replica on the new group and collections, traffic to it, then the old ones stop.
    const successor = matchmakingProcess(platform, 'successor', { CONSUMER_GROUP: rebuildGroup, DIRECTORY_COLLECTION_SUFFIX: SUFFIX });
    extra.push(successor);
    await successor.startAndWaitReady();
    serving = successor;
    await Promise.all([platform.matchmaking.stop(), rebuilder.stop()]);

    // 4. Equal: the rebuilt collections hold what the live ones hold, document for document.
    const database = await mongoose.createConnection(platform.env.mongoUri, { dbName: platform.matchmakingDatabase }).asPromise();
    try {
      const live = await scenarioDocuments(database, '', platform.clusterId);
      const rebuilt = await scenarioDocuments(database, SUFFIX, platform.clusterId);
      expect(live.organisations).toHaveLength(INITIAL + DURING / 2);
      expect(rebuilt).toEqual(live);
      // And equal to membership, each event applied once.
      const membership = new Map((await platform.api.listOrganisations(platform.clusterId)).map((organisation) => [organisation.organisationId, organisation]));
      for (const document of rebuilt.organisations) {
        const source = membership.get(String(document['_id']));
        const { name, lastSequence, appliedEvents } = document;
        expect({ name, lastSequence, appliedEvents }).toEqual({ name: source?.name, lastSequence: source?.version, appliedEvents: source?.version });
      }

      // 5. The old read model and group go; the service answers from the new one alone.
      await database.dropCollection('directory_organisations');
      await database.dropCollection('directory_clusters');
    } finally {
      await database.close();
    }
    await deleteGroups(kafka, [platform.consumerGroup]);
    const renamed = expectStatus(await client.get<{ name: string }>(`/directory/organisations/${organisationIds[0] as string}`), 200, 'directory entry');
    expect(renamed.name).toBe('E2E renamed during the rebuild 0');
    expect(expectStatus(await client.get<{ total: number }>(`/directory/organisations/count?clusterId=${platform.clusterId}`), 200, 'count').total).toBe(INITIAL + DURING / 2);

    answering = false;
    await answeringLoop;
    console.log(`[e2e] read-model-rebuild: caught up in ${caughtUpMs} ms; ${served.requests} directory requests during the rebuild and switch, ${served.failures.length} failed`);
    expect(served.failures).toEqual([]);
    expect(served.requests).toBeGreaterThan(20);
    platform.markPassed();
  });
});

/** A matchmaking process of this scenario's deployment (its database, groups and secret) with some settings changed. */
function matchmakingProcess(platform: E2ePlatform, role: string, changes: Record<string, string>): ServiceProcess {
  return new ServiceProcess({
    app: 'matchmaking',
    logName: `read-model-rebuild-${platform.runId}-matchmaking-${role}`,
    env: {
      MONGODB_URI: platform.env.mongoUri,
      KAFKA_BROKERS: platform.env.kafkaBrokers,
      JWT_SECRET: platform.jwtSecret,
      LOG_LEVEL: process.env['E2E_SERVICE_LOG_LEVEL'] ?? 'warn',
      NODE_ENV: 'test',
      RATE_LIMIT_PER_MINUTE: '1000000',
      KAFKA_CONSUMER_SESSION_TIMEOUT_MS: '10000',
      MONGODB_DB: platform.matchmakingDatabase,
      KAFKA_CLIENT_ID: `e2e-${platform.runId}-matchmaking-${role}`,
      CONSUMER_GROUP: platform.consumerGroup,
      OPPORTUNITY_CONSUMER_GROUP: `${platform.consumerGroup}.opportunities`,
      SUGGESTIONS_CONSUMER_GROUP: `${platform.consumerGroup}.suggestions`,
      PARTNER_SEARCH_CONSUMER_GROUP: `${platform.consumerGroup}.partner-search`,
      ...changes,
    },
  });
}

/** The scenario's cluster and organisations as stored in one generation of the directory's collections. */
async function scenarioDocuments(database: Connection, suffix: string, clusterId: string): Promise<{ clusters: Record<string, unknown>[]; organisations: Record<string, unknown>[] }> {
  const clusters = await database.collection<{ _id: string }>(`directory_clusters${suffix}`).find({ _id: clusterId }).toArray();
  const organisations = await database.collection(`directory_organisations${suffix}`).find({ clusterId }).sort({ _id: 1 }).toArray();
  return { clusters, organisations };
}

/** Records between the group's committed offsets and the topics' ends, over every partition. */
async function lagOf(kafka: Kafka, groupId: string, topics: readonly string[]): Promise<number> {
  const ends = await endOffsetsOf(kafka, topics);
  const admin = kafka.admin();
  await admin.connect();
  try {
    const committed = await admin.fetchOffsets({ groupId, topics: [...topics] });
    const position = new Map(committed.flatMap(({ topic, partitions }) => partitions.map(({ partition, offset }) => [`${topic}:${partition}`, BigInt(offset)])));
    return ends.reduce((lag, { topic, partition, offset }) => {
      const at = position.get(`${topic}:${partition}`) ?? -1n;
      return lag + Number(BigInt(offset) - (at < 0n ? 0n : at));
    }, 0);
  } finally {
    await admin.disconnect();
  }
}

async function memberCounts(kafka: Kafka, groupIds: readonly string[]): Promise<number[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const { groups } = await admin.describeGroups([...groupIds]);
    return groupIds.map((groupId) => groups.find((group) => group.groupId === groupId)?.members.length ?? 0);
  } finally {
    await admin.disconnect();
  }
}
