import { ALL_TOPICS, Topics } from '@icn/contracts';
import { positionGroupAtEnd } from '@icn/messaging';
import type { Kafka } from 'kafkajs';
import mongoose from 'mongoose';
import { deleteGroups, testKafka } from '../kafka-client';
import { PhaseTimer } from '../phase-timer';
import { summarise } from '../reconcile';
import { e2eEnvironment, type E2eEnvironment } from '../test-environment';
import { randomJwtSecret } from '../tokens';
import { randomToken } from '../unique-id';
import { DeliveryCounters, RoundRobinClient } from './round-robin-client';
import { ServiceReplicas } from './service-replicas';

export const SCALE_OUT_SERVICES = ['membership', 'opportunities', 'matchmaking', 'consortia'] as const;
export type ScaleOutService = (typeof SCALE_OUT_SERVICES)[number];

/**
 * The four services, each as `replicas` processes sharing one database and one set of consumer
 * groups (unique per run), as a scaled-out deployment runs them. Groups that read membership's and
 * opportunities' topics are positioned at the topics' end before the first replica starts, so the
 * run reads only what it produces (as E2ePlatform does for one process per service).
 */
export class ScaleOutPlatform {
  readonly services: Record<ScaleOutService, ServiceReplicas>;
  readonly kafka: Kafka;
  readonly jwtSecret = randomJwtSecret();
  readonly databases: Record<ScaleOutService, string>;
  private readonly groups: Record<string, string>;
  private passed = false;

  private constructor(
    readonly scenario: string,
    readonly env: E2eEnvironment,
    readonly runId: string,
    replicas: number,
  ) {
    const prefix = `e2e-${runId}`;
    this.databases = {
      membership: `e2e_${runId}_membership`,
      opportunities: `e2e_${runId}_opportunities`,
      matchmaking: `e2e_${runId}_matchmaking`,
      consortia: `e2e_${runId}_consortia`,
    };
    this.groups = {
      matchmakingDirectory: `${prefix}-matchmaking`,
      matchmakingOpportunities: `${prefix}-matchmaking.opportunities`,
      matchmakingSuggestions: `${prefix}-matchmaking.suggestions`,
      matchmakingPartnerSearch: `${prefix}-matchmaking.partner-search`,
      matchmakingProgrammes: `${prefix}-matchmaking.programmes`,
      opportunitiesDirectory: `${prefix}-opportunities.membership`,
      opportunitiesNotifications: `${prefix}-opportunities.notifications`,
      opportunitiesRecommendations: `${prefix}-opportunities.recommendations`,
      opportunitiesProgrammes: `${prefix}-opportunities.network-programmes`,
      consortiaDirectory: `${prefix}-consortia.directory`,
      consortiaOpportunities: `${prefix}-consortia.opportunities`,
      consortiaPartnerSuggestions: `${prefix}-consortia.partner-suggestions`,
    };
    const common = {
      MONGODB_URI: env.mongoUri,
      KAFKA_BROKERS: env.kafkaBrokers,
      JWT_SECRET: this.jwtSecret,
      LOG_LEVEL: process.env['E2E_SERVICE_LOG_LEVEL'] ?? 'warn',
      NODE_ENV: 'test',
      RATE_LIMIT_PER_MINUTE: '1000000',
      // The dead replica's consumers hold their partitions until their session expires.
      KAFKA_CONSUMER_SESSION_TIMEOUT_MS: '10000',
      // The relays' orphan scan: a killed replica's committed-but-unpublished commits are published
      // by a surviving replica once older than OUTBOX_ORPHAN_AFTER_MS (5 s). Every 2 s rather than
      // the default 10 s, so the run converges sooner; not faster, because every survivor publishes
      // the same orphans and each scan before the mark lands publishes them again (duplicates).
      OUTBOX_POLL_MS: '2000',
      // Matchmaking's reservation sweepers: an acceptance killed with its replica leaves its B2B slot
      // (and desk) reservations behind; they come back once older than the grace, well inside the
      // convergence bound here (10 min in production).
      RESERVATION_SWEEP_INTERVAL_MS: '2000',
      RESERVATION_SWEEP_GRACE_MS: '5000',
      // Twelve processes share one FerretDB: a smaller pool each keeps its connection count sane.
      MONGODB_MAX_POOL_SIZE: '10',
      KAFKAJS_NO_PARTITIONER_WARNING: '1',
    };
    const replicaSet = (app: ScaleOutService, env: (index: number) => Record<string, string>): ServiceReplicas =>
      new ServiceReplicas(app, replicas, {
        logName: (index) => `${scenario}-${runId}-${app}-${index + 1}`,
        env: (index) => ({ ...common, MONGODB_DB: this.databases[app], KAFKA_CLIENT_ID: `${prefix}-${app}-${index + 1}`, ...env(index) }),
      });
    this.services = {
      membership: replicaSet('membership', () => ({})),
      matchmaking: replicaSet('matchmaking', () => ({
        CONSUMER_GROUP: this.groups['matchmakingDirectory'] as string,
        OPPORTUNITY_CONSUMER_GROUP: this.groups['matchmakingOpportunities'] as string,
        SUGGESTIONS_CONSUMER_GROUP: this.groups['matchmakingSuggestions'] as string,
        PARTNER_SEARCH_CONSUMER_GROUP: this.groups['matchmakingPartnerSearch'] as string,
        PROGRAMME_CONSUMER_GROUP: this.groups['matchmakingProgrammes'] as string,
      })),
      opportunities: replicaSet('opportunities', (index) => ({
        DIRECTORY_CONSUMER_GROUP: this.groups['opportunitiesDirectory'] as string,
        DIRECTORY_FROM_BEGINNING: 'false',
        NOTIFICATIONS_CONSUMER_GROUP: this.groups['opportunitiesNotifications'] as string,
        RECOMMENDATIONS_CONSUMER_GROUP: this.groups['opportunitiesRecommendations'] as string,
        NETWORK_PROGRAMMES_CONSUMER_GROUP: this.groups['opportunitiesProgrammes'] as string,
        // Each replica's broadcast group is `opportunities.stream.<INSTANCE_ID>`.
        INSTANCE_ID: this.instanceId(index),
      })),
      consortia: replicaSet('consortia', () => ({
        DIRECTORY_CONSUMER_GROUP: this.groups['consortiaDirectory'] as string,
        OPPORTUNITY_CONSUMER_GROUP: this.groups['consortiaOpportunities'] as string,
        PARTNER_SUGGESTION_CONSUMER_GROUP: this.groups['consortiaPartnerSuggestions'] as string,
      })),
    };
    this.kafka = testKafka(env.kafkaBrokers, `${prefix}-test`);
  }

  static async start(scenario: string, replicas: number): Promise<ScaleOutPlatform> {
    const platform = new ScaleOutPlatform(scenario, e2eEnvironment(), randomToken(8), replicas);
    try {
      await platform.bringUp();
    } catch (error) {
      await platform.stop();
      throw error;
    }
    return platform;
  }

  private async bringUp(): Promise<void> {
    const phases = new PhaseTimer();
    const membershipTopics = [Topics.membershipCluster, Topics.membershipOrganisation];
    await Promise.all([
      positionGroupAtEnd(this.kafka, this.groups['matchmakingDirectory'] as string, ALL_TOPICS),
      positionGroupAtEnd(this.kafka, this.groups['matchmakingOpportunities'] as string, [Topics.opportunitiesOpportunity]),
      positionGroupAtEnd(this.kafka, this.groups['matchmakingProgrammes'] as string, [Topics.networkProgramme, Topics.networkApplication]),
      positionGroupAtEnd(this.kafka, this.groups['opportunitiesDirectory'] as string, membershipTopics),
      positionGroupAtEnd(this.kafka, this.groups['consortiaDirectory'] as string, membershipTopics),
      positionGroupAtEnd(this.kafka, this.groups['consortiaOpportunities'] as string, [Topics.opportunitiesOpportunity]),
    ]);
    phases.mark('groupsPositioned');
    // allSettled: on a failure every start-up has finished before stop() runs, so nothing is
    // spawned after the clean-up.
    const outcomes = await Promise.allSettled(SCALE_OUT_SERVICES.map((service) => this.services[service].startAll()));
    const failure = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    if (failure) throw failure.reason;
    phases.mark('replicasReady');
    console.log(summarise(`${this.scenario} start-up (ms)`, phases.figures()));
  }

  private instanceId(index: number): string {
    return `e2e-${this.runId}-${index + 1}`;
  }

  /** A client of one service's replicas acting with `token`, counting into `counters`. */
  client(service: ScaleOutService, token: string, counters: DeliveryCounters): RoundRobinClient {
    return new RoundRobinClient(this.services[service], token, counters);
  }

  /** A read-only connection to one service's database (for the read models no API serves). */
  openDatabase(service: ScaleOutService): Promise<mongoose.Connection> {
    return mongoose.createConnection(this.env.mongoUri, { dbName: this.databases[service], serverSelectionTimeoutMS: 5_000 }).asPromise();
  }

  markPassed(): void {
    this.passed = true;
  }

  /** Stops every replica; a passing run's databases and groups are removed, a failing one's kept and named. */
  async stop(): Promise<void> {
    await Promise.all(SCALE_OUT_SERVICES.map((service) => this.services[service].stopAll()));
    // A killed opportunities replica could not delete its own broadcast group (the others did on stop).
    const orphanedStreamGroups = this.services.opportunities.killedIndices.map((index) => `opportunities.stream.${this.instanceId(index)}`);
    const groups = [...Object.values(this.groups), ...orphanedStreamGroups];
    if (!this.passed || process.env['E2E_KEEP_DATA'] === '1') {
      const logs = SCALE_OUT_SERVICES.flatMap((service) => this.services[service].logFiles);
      console.warn(`[e2e] ${this.scenario}: kept databases ${Object.values(this.databases).join(', ')}, groups ${groups.join(', ')}; logs ${logs.join(', ')}`);
      return;
    }
    await deleteGroups(this.kafka, groups);
    for (const dbName of Object.values(this.databases)) {
      try {
        const connection = await mongoose.createConnection(this.env.mongoUri, { dbName, serverSelectionTimeoutMS: 5_000 }).asPromise();
        await connection.dropDatabase().finally(() => connection.close());
      } catch (error) {
        console.warn(`could not drop ${dbName}: ${String(error)}`); // cleanup never fails a scenario
      }
    }
  }
}
