import { ALL_TOPICS, Topics } from '@icn/contracts';
import { commitGroupOffsets, endOffsetsOf, positionGroupAtEnd, type TopicPartitionOffset } from '@icn/messaging';
import type { Kafka } from 'kafkajs';
import mongoose, { type Connection } from 'mongoose';
import { DirectoryApi } from '../../test/support/directory-api';
import { clusterInput } from '../../test/support/factories';
import { HttpClient } from '../../test/support/http-client';
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

/** A matchmaking holding 100,000 organisations loads its matching index before it is ready. */
const MATCHMAKING_READY_TIMEOUT_MS = 600_000;

/**
 * Membership (1..n replicas on one database, each on its own port) and matchmaking as separate
 * compiled processes, wired like the e2e harness's E2ePlatform: fresh databases and consumer groups
 * per run, matchmaking's groups positioned at the end of the shared topics, its clients, tokens and
 * Kafka helpers reused; with the services' production log level, because matchmaking's "directory
 * event applied" lines are what the benchmark measures presence with.
 *
 * The databases exist before anything starts, so a store can be seeded first (see store-seed.ts).
 */
export class BenchPlatform {
  readonly runId = randomToken(8);
  readonly databases = { membership: `bench_${this.runId}_membership`, matchmaking: `bench_${this.runId}_matchmaking` };
  readonly consumerGroup = `bench-${this.runId}-matchmaking`;
  readonly matchmaking: BenchService;
  readonly directory: DirectoryApi;
  private membershipReplicas: BenchService[] = [];
  private nextReplica = 0;
  private readonly secret = randomJwtSecret();
  readonly kafka: Kafka;
  private readonly groups: string[];

  constructor(private readonly env: BenchEnvironment) {
    this.groups = [this.consumerGroup, ...['opportunities', 'suggestions', 'partner-search', 'programmes'].map((name) => `${this.consumerGroup}.${name}`)];
    this.matchmaking = new BenchService('matchmaking', `${this.runId}-matchmaking`, {
      ...this.commonEnv(),
      MONGODB_DB: this.databases.matchmaking,
      KAFKA_CLIENT_ID: `bench-${this.runId}-matchmaking`,
      CONSUMER_GROUP: this.consumerGroup,
      // Its own opportunity group too: a fresh database must read the opportunity topic from the start.
      OPPORTUNITY_CONSUMER_GROUP: `${this.consumerGroup}.opportunities`,
      // Never the shared default groups: another run's (or a test's) matchmaking would share their partitions.
      SUGGESTIONS_CONSUMER_GROUP: `${this.consumerGroup}.suggestions`,
      PARTNER_SEARCH_CONSUMER_GROUP: `${this.consumerGroup}.partner-search`,
      PROGRAMME_CONSUMER_GROUP: `${this.consumerGroup}.programmes`,
    });
    this.directory = new DirectoryApi(new HttpClient(() => this.matchmaking.baseUrl, networkAdminToken(this.secret)));
    this.kafka = testKafka(env.kafkaBrokers, `bench-${this.runId}-driver`);
  }

  /** A connection to one of the run's databases (the caller closes it). */
  connect(database: keyof BenchPlatform['databases']): Promise<Connection> {
    return mongoose.createConnection(this.env.mongoUri, { dbName: this.databases[database] }).asPromise();
  }

  /** Matchmaking ready (its index loaded from whatever the store holds), reading only what comes next. */
  async startMatchmaking(): Promise<void> {
    await positionGroupAtEnd(this.kafka, this.consumerGroup, ALL_TOPICS);
    await this.matchmaking.startAndWaitReady(MATCHMAKING_READY_TIMEOUT_MS);
  }

  /**
   * Matchmaking catching up: its directory group starts at `organisationOffsets` on membership's
   * organisation topic (and at the end of every other topic), and its opportunity group at the end
   * of the opportunity topic, so the directory's backlog is the only work waiting.
   */
  async startMatchmakingFrom(organisationOffsets: readonly TopicPartitionOffset[]): Promise<void> {
    const elsewhere = await endOffsetsOf(this.kafka, ALL_TOPICS.filter((topic) => topic !== Topics.membershipOrganisation));
    await commitGroupOffsets(this.kafka, this.consumerGroup, [...elsewhere, ...organisationOffsets]);
    await positionGroupAtEnd(this.kafka, `${this.consumerGroup}.opportunities`, [Topics.opportunitiesOpportunity]);
    await this.matchmaking.startAndWaitReady(MATCHMAKING_READY_TIMEOUT_MS);
  }

  /** Starts `count` membership replicas on the run's membership database (stopping any running ones first). */
  async startMembership(count: number): Promise<void> {
    await this.stopMembership();
    this.membershipReplicas = Array.from(
      { length: count },
      (_, index) =>
        new BenchService('membership', `${this.runId}-membership-${count}x-${index}`, {
          ...this.commonEnv(),
          MONGODB_DB: this.databases.membership,
          KAFKA_CLIENT_ID: `bench-${this.runId}-membership-${index}`,
        }),
    );
    await Promise.all(this.membershipReplicas.map((replica) => replica.startAndWaitReady(120_000)));
  }

  async stopMembership(): Promise<void> {
    await Promise.all(this.membershipReplicas.map((replica) => replica.stop()));
    this.membershipReplicas = [];
  }

  get membershipLogFiles(): string[] {
    return this.membershipReplicas.map((replica) => replica.logFile);
  }

  /**
   * The next replica's API, round-robin (as a load balancer would spread requests), acting as the
   * manager of `clusterId` — the role that creates organisations in production.
   */
  membershipFor(clusterId: string): MembershipApi {
    const replica = this.membershipReplicas[this.nextReplica++ % this.membershipReplicas.length];
    if (replica === undefined) throw new Error('no membership replica is running');
    const admin = new HttpClient(() => replica.baseUrl, networkAdminToken(this.secret));
    const manager = new HttpClient(() => replica.baseUrl, clusterManagerToken(this.secret, clusterId));
    return new MembershipApi(admin, manager);
  }

  /** A new cluster, registered through membership and known to matchmaking's directory: the pipeline works end to end. */
  async registerCluster(): Promise<string> {
    const clusterId = `bench-${randomToken(10)}`;
    await this.membershipFor(clusterId).registerCluster(clusterInput(clusterId, { name: `Benchmark cluster ${clusterId}` }));
    await waitFor(() => this.directory.hasCluster(clusterId), { timeoutMs: 90_000, description: `cluster ${clusterId} in matchmaking's directory` });
    return clusterId;
  }

  /** Orderly stop, then removes this run's databases and consumer groups (BENCH_KEEP_DATA=1 keeps them). */
  async stop(): Promise<void> {
    await Promise.all([this.stopMembership(), this.matchmaking.stop()]);
    if (process.env['BENCH_KEEP_DATA'] === '1') return;
    await deleteGroups(this.kafka, this.groups);
    for (const dbName of Object.values(this.databases)) {
      const connection = await mongoose.createConnection(this.env.mongoUri, { dbName }).asPromise();
      await connection.dropDatabase().catch((error: unknown) => console.warn(`could not drop ${dbName}: ${String(error)}`));
      await connection.close();
    }
  }

  private commonEnv(): Record<string, string> {
    return {
      MONGODB_URI: this.env.mongoUri,
      KAFKA_BROKERS: this.env.kafkaBrokers,
      JWT_SECRET: this.secret,
      LOG_LEVEL: 'info',
      // Not production: the benchmark signs its tokens with the shared JWT secret, a development
      // option the services refuse in production (kafkajs and Nest behave the same either way).
      NODE_ENV: 'development',
      // One client at a steady rate; the per-client production limit would cap the benchmark itself.
      RATE_LIMIT_PER_MINUTE: '1000000',
      KAFKAJS_NO_PARTITIONER_WARNING: '1',
    };
  }
}
