import { ALL_TOPICS } from '@icn/contracts';
import type { Kafka } from 'kafkajs';
import mongoose from 'mongoose';
import { DirectoryApi } from './directory-api';
import { clusterInput } from './factories';
import { HttpClient } from './http-client';
import { deleteGroups, positionGroupAtEnd, testKafka } from './kafka-client';
import { MembershipApi } from './membership-api';
import { PhaseTimer } from './phase-timer';
import { summarise } from './reconcile';
import { ServiceProcess } from './service-process';
import { e2eEnvironment, E2eEnvironment } from './test-environment';
import { clusterManagerToken, networkAdminToken, randomJwtSecret } from './tokens';
import { randomToken, uniqueClusterId } from './unique-id';
import { retrying, waitFor } from './wait-for';

/**
 * One scenario's platform: membership and matchmaking as separate processes with their own
 * databases and consumer group (unique per run), sharing only Kafka's fixed topics with everyone
 * else, plus one cluster of its own that every assertion is scoped to.
 */
export class E2ePlatform {
  readonly membership: ServiceProcess;
  readonly matchmaking: ServiceProcess;
  readonly api: MembershipApi;
  readonly directory: DirectoryApi;
  readonly kafka: Kafka;
  readonly clusterId = uniqueClusterId();
  readonly consumerGroup: string;
  private readonly databases: string[];
  private passed = false;

  private constructor(
    readonly scenario: string,
    readonly env: E2eEnvironment,
    readonly runId: string,
  ) {
    const secret = randomJwtSecret();
    this.consumerGroup = `e2e-${runId}-matchmaking`;
    this.databases = [`e2e_${runId}_membership`, `e2e_${runId}_matchmaking`];
    const common = {
      MONGODB_URI: env.mongoUri,
      KAFKA_BROKERS: env.kafkaBrokers,
      JWT_SECRET: secret,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      // The scenarios are a deliberate burst from one client; the production limit would turn
      // them into a rate-limiting test.
      RATE_LIMIT_PER_MINUTE: '1000000',
    };
    this.membership = new ServiceProcess({
      app: 'membership',
      logName: `${scenario}-${runId}-membership`,
      env: { ...common, MONGODB_DB: this.databases[0] as string, KAFKA_CLIENT_ID: `e2e-${runId}-membership` },
    });
    this.matchmaking = new ServiceProcess({
      app: 'matchmaking',
      logName: `${scenario}-${runId}-matchmaking`,
      env: {
        ...common,
        MONGODB_DB: this.databases[1] as string,
        KAFKA_CLIENT_ID: `e2e-${runId}-matchmaking`,
        CONSUMER_GROUP: this.consumerGroup,
        // Its own opportunity group too: a fresh database must read the opportunity topic from the start.
        OPPORTUNITY_CONSUMER_GROUP: `${this.consumerGroup}.opportunities`,
      },
    });
    const admin = new HttpClient(() => this.membership.baseUrl, networkAdminToken(secret));
    const manager = new HttpClient(() => this.membership.baseUrl, clusterManagerToken(secret, this.clusterId));
    this.api = new MembershipApi(admin, manager);
    this.directory = new DirectoryApi(new HttpClient(() => this.matchmaking.baseUrl, networkAdminToken(secret)));
    this.kafka = testKafka(env.kafkaBrokers, `e2e-${runId}-test`);
  }

  /**
   * Starts membership, and matchmaking with its fresh group positioned at the end of the shared
   * topics (see positionGroupAtEnd), registers the scenario's cluster and waits until matchmaking
   * has it: from then on the whole pipeline is known to work.
   */
  static async start(scenario: string): Promise<E2ePlatform> {
    const platform = new E2ePlatform(scenario, e2eEnvironment(), randomToken(8));
    try {
      await platform.bringUp();
    } catch (error) {
      await platform.stop(); // a half-started platform must not outlive the scenario
      throw error;
    }
    return platform;
  }

  private async bringUp(): Promise<void> {
    const phases = new PhaseTimer();
    // In parallel: membership only produces, and a topic it creates meanwhile has no history.
    // allSettled: on a failure, both start-ups have finished (or failed) before stop() runs, so no
    // process is spawned after the clean-up.
    const outcomes = await Promise.allSettled([
      this.membership.startAndWaitReady(),
      // Retried: the shared broker may be electing partition leaders (e.g. just restarted).
      retrying(() => positionGroupAtEnd(this.kafka, this.consumerGroup, ALL_TOPICS), 'positioning the consumer group').then(() =>
        this.matchmaking.startAndWaitReady(),
      ),
    ]);
    const failure = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    if (failure) throw failure.reason;
    phases.mark('servicesReady');
    await this.api.registerCluster(clusterInput(this.clusterId));
    await waitFor(() => this.directoryHasCluster(), {
      timeoutMs: 90_000,
      description: `cluster ${this.clusterId} in matchmaking's directory (consumer group joined and consuming)`,
    });
    phases.mark('clusterInDirectory');
    console.log(summarise(`${this.scenario} start-up (ms)`, phases.figures()));
  }

  private directoryHasCluster(): Promise<boolean> {
    return this.directory.hasCluster(this.clusterId);
  }

  /** Called as a scenario's last statement: only a passing scenario's data is thrown away. */
  markPassed(): void {
    this.passed = true;
  }

  /**
   * Orderly stop of both services, then removes this run's databases and consumer group — unless
   * the scenario failed (or E2E_KEEP_DATA=1): then they are kept for the post-mortem and named.
   */
  async stop(): Promise<void> {
    await Promise.all([this.membership.stop(), this.matchmaking.stop()]);
    if (!this.passed || process.env['E2E_KEEP_DATA'] === '1') {
      console.warn(`[e2e] ${this.scenario}: kept databases ${this.databases.join(', ')}, group ${this.consumerGroup}; logs ${this.membership.logFile}, ${this.matchmaking.logFile}`);
      return;
    }
    await deleteGroups(this.kafka, [this.consumerGroup]);
    for (const dbName of this.databases) {
      try {
        const connection = await mongoose.createConnection(this.env.mongoUri, { dbName, serverSelectionTimeoutMS: 5_000 }).asPromise();
        await connection.dropDatabase().finally(() => connection.close());
      } catch (error) {
        console.warn(`could not drop ${dbName}: ${String(error)}`); // cleanup never fails a scenario
      }
    }
  }
}
