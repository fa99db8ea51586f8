import { ALL_TOPICS } from '@icn/contracts';
import type { Kafka } from 'kafkajs';
import mongoose from 'mongoose';
import { DirectoryApi } from '../../test/support/directory-api';
import { clusterInput } from '../../test/support/factories';
import { HttpClient } from '../../test/support/http-client';
import { positionGroupAtEnd } from '@icn/messaging';
import { deleteGroups, testKafka } from '../../test/support/kafka-client';
import { MembershipApi } from '../../test/support/membership-api';
import { clusterManagerToken, networkAdminToken, randomJwtSecret } from '../../test/support/tokens';
import { randomToken } from '../../test/support/unique-id';
import { waitFor } from '../../test/support/wait-for';
import { BenchService } from './bench-service';

export interface BenchEnvironment {
  kafkaBrokers: string;
  mongoUri: string;
}

/**
 * Membership and matchmaking as separate compiled processes, wired like the e2e harness's
 * E2ePlatform (fresh databases and consumer group per run, the group positioned at the end of the
 * shared topics, a cluster of its own; its clients, tokens and Kafka helpers are reused), but with
 * the services' production log level: matchmaking's "directory event applied" lines are what the
 * benchmark measures presence with.
 */
export class BenchPlatform {
  readonly runId = randomToken(8);
  readonly clusterId = `bench-${randomToken(10)}`;
  readonly membership: BenchService;
  readonly matchmaking: BenchService;
  readonly api: MembershipApi;
  readonly directory: DirectoryApi;
  readonly consumerGroup = `bench-${this.runId}-matchmaking`;
  private readonly databases = [`bench_${this.runId}_membership`, `bench_${this.runId}_matchmaking`];
  private readonly kafka: Kafka;

  constructor(private readonly env: BenchEnvironment) {
    const secret = randomJwtSecret();
    const common = {
      MONGODB_URI: env.mongoUri,
      KAFKA_BROKERS: env.kafkaBrokers,
      JWT_SECRET: secret,
      LOG_LEVEL: 'info',
      NODE_ENV: 'production',
      // One client at a steady rate; the per-client production limit would cap the benchmark itself.
      RATE_LIMIT_PER_MINUTE: '1000000',
    };
    this.membership = new BenchService('membership', `${this.runId}-membership`, {
      ...common,
      MONGODB_DB: this.databases[0] as string,
      KAFKA_CLIENT_ID: `bench-${this.runId}-membership`,
    });
    this.matchmaking = new BenchService('matchmaking', `${this.runId}-matchmaking`, {
      ...common,
      MONGODB_DB: this.databases[1] as string,
      KAFKA_CLIENT_ID: `bench-${this.runId}-matchmaking`,
      CONSUMER_GROUP: this.consumerGroup,
      // Its own opportunity group too: a fresh database must read the opportunity topic from the start.
      OPPORTUNITY_CONSUMER_GROUP: `${this.consumerGroup}.opportunities`,
    });
    const admin = new HttpClient(() => this.membership.baseUrl, networkAdminToken(secret));
    const manager = new HttpClient(() => this.membership.baseUrl, clusterManagerToken(secret, this.clusterId));
    this.api = new MembershipApi(admin, manager);
    this.directory = new DirectoryApi(new HttpClient(() => this.matchmaking.baseUrl, networkAdminToken(secret)));
    this.kafka = testKafka(env.kafkaBrokers, `bench-${this.runId}-driver`);
  }

  /** Both services ready and the cluster in matchmaking's directory: the pipeline works end to end. */
  async start(): Promise<void> {
    await Promise.all([
      this.membership.startAndWaitReady(),
      positionGroupAtEnd(this.kafka, this.consumerGroup, ALL_TOPICS).then(() => this.matchmaking.startAndWaitReady()),
    ]);
    await this.api.registerCluster(clusterInput(this.clusterId, { name: `Benchmark cluster ${this.clusterId}` }));
    await waitFor(() => this.directory.hasCluster(this.clusterId), {
      timeoutMs: 90_000,
      description: `cluster ${this.clusterId} in matchmaking's directory`,
    });
  }

  /** Orderly stop, then removes this run's databases and consumer group (BENCH_KEEP_DATA=1 keeps them). */
  async stop(): Promise<void> {
    await Promise.all([this.membership.stop(), this.matchmaking.stop()]);
    if (process.env['BENCH_KEEP_DATA'] === '1') return;
    await deleteGroups(this.kafka, [this.consumerGroup]);
    for (const dbName of this.databases) {
      const connection = await mongoose.createConnection(this.env.mongoUri, { dbName }).asPromise();
      await connection.dropDatabase().catch((error: unknown) => console.warn(`could not drop ${dbName}: ${String(error)}`));
      await connection.close();
    }
  }
}
