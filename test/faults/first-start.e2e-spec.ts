import mongoose from 'mongoose';
import { ConsortiaReadModels } from '../support/consortia-read-models';
import { DirectoryApi } from '../support/directory-api';
import { clusterInput, organisationInput } from '../support/factories';
import { FreshBroker } from '../support/fresh-broker';
import { expectStatus, HttpClient } from '../support/http-client';
import { MembershipApi } from '../support/membership-api';
import { awaitClusterInOpportunities } from '../support/opportunities-platform';
import { ServiceProcess } from '../support/service-process';
import { e2eEnvironment } from '../support/test-environment';
import { clusterManagerToken, networkAdminToken, randomJwtSecret } from '../support/tokens';
import { randomToken, uniqueClusterId } from '../support/unique-id';
import { waitFor } from '../support/wait-for';

const APPS = ['membership', 'matchmaking', 'opportunities', 'consortia'] as const;

/**
 * The first `npm run platform` on a new machine: a freshly formatted broker (no topics, no groups,
 * not even the offsets topic) and the four services starting at the same time, each creating its
 * topics while the others create theirs. The services are spawned a moment before the broker, so
 * this is also "in any order": they reach it together once it listens, the worst case for the
 * races of a brand-new broker (a topic just created but not served yet, partitions without a
 * leader, no group coordinator). Before the start-up waits (ADR 11) services exited within seconds
 * with "This server does not host this topic-partition" or, before the broker listened, with a
 * connection error once kafkajs' few retries ran out. Every service must become ready, and the
 * pipeline must work afterwards: an organisation joined over membership reaches the read models
 * of the three others.
 *
 * The services run with the settings `npm run platform` gives them (default consumer groups, no
 * NODE_ENV, so kafkajs' production retry settings): the broker is theirs alone.
 */
describe('first start: four services at once on a brand-new broker', () => {
  const runId = randomToken(8);
  const secret = randomJwtSecret();
  const databases = APPS.map((app) => `first_start_${runId}_${app}`);
  let broker: FreshBroker | undefined;
  let services: ServiceProcess[] = [];
  let passed = false;

  afterAll(async () => {
    await Promise.all(services.map((service) => service.stop()));
    if (!passed) console.warn(`[e2e] first-start: kept databases ${databases.join(', ')}; logs ${services.map((service) => service.logFile).join(', ')}`);
    else await dropDatabases(databases);
    await broker?.stop({ keepFiles: !passed });
  }, 180_000);

  it('every service becomes ready, and an organisation joined over membership reaches matchmaking, opportunities and consortia', async () => {
    const env = e2eEnvironment();
    broker = await FreshBroker.prepare();
    const kafkaBrokers = broker.brokers;
    services = APPS.map(
      (app, index) =>
        new ServiceProcess({
          app,
          logName: `first-start-${runId}-${app}`,
          readyTimeoutMs: 240_000,
          env: {
            // The JVM's start counts against it here; on a busy box it has taken over a minute.
            KAFKA_STARTUP_TIMEOUT_MS: '180000',
            MONGODB_URI: env.mongoUri,
            MONGODB_DB: databases[index] as string,
            KAFKA_BROKERS: kafkaBrokers,
            JWT_SECRET: secret,
            LOG_LEVEL: 'info',
            KAFKAJS_NO_PARTITIONER_WARNING: '1',
          },
        }),
    );
    // All four spawned at once, then the broker: they meet it together as soon as it listens.
    await Promise.all(services.map((service) => service.start()));
    await broker.start();
    const readiness = await Promise.allSettled(services.map((service) => service.waitReady()));
    const failures = readiness.flatMap((outcome, index) => (outcome.status === 'rejected' ? [`${APPS[index]}: ${String(outcome.reason)}`] : []));
    expect(failures).toEqual([]);

    const [membership, matchmaking, opportunities] = services as [ServiceProcess, ServiceProcess, ServiceProcess, ServiceProcess];
    const clusterId = uniqueClusterId();
    const api = new MembershipApi(
      new HttpClient(() => membership.baseUrl, networkAdminToken(secret)),
      new HttpClient(() => membership.baseUrl, clusterManagerToken(secret, clusterId)),
    );
    await api.registerCluster(clusterInput(clusterId));
    const joined = expectStatus(await api.joinOrganisation(organisationInput(clusterId, 1)), 201, 'POST /organisations');

    const directory = new DirectoryApi(new HttpClient(() => matchmaking.baseUrl, networkAdminToken(secret)));
    await waitFor(async () => (await directory.getOrganisation(joined.organisationId)).status === 200, {
      timeoutMs: 90_000,
      intervalMs: 500,
      description: `organisation ${joined.organisationId} in matchmaking's directory`,
    });
    await awaitClusterInOpportunities(new HttpClient(() => opportunities.baseUrl, clusterManagerToken(secret, clusterId)), clusterId);
    const consortiaReadModels = await ConsortiaReadModels.open(env.mongoUri, databases[3] as string);
    try {
      await waitFor(async () => (await consortiaReadModels.organisation(joined.organisationId)) !== null, {
        timeoutMs: 90_000,
        intervalMs: 500,
        description: `organisation ${joined.organisationId} in consortia's directory`,
      });
    } finally {
      await consortiaReadModels.close();
    }
    // Nobody died after its readiness either (a consumer crash at its first join would exit or show here).
    expect(services.map((service) => service.running)).toEqual([true, true, true, true]);
    passed = true;
  }, 420_000);
});

async function dropDatabases(names: readonly string[]): Promise<void> {
  const { mongoUri } = e2eEnvironment();
  for (const dbName of names) {
    try {
      const connection = await mongoose.createConnection(mongoUri, { dbName, serverSelectionTimeoutMS: 5_000 }).asPromise();
      await connection.dropDatabase().finally(() => connection.close());
    } catch (error) {
      console.warn(`could not drop ${dbName}: ${String(error)}`); // clean-up never fails a scenario
    }
  }
}
