import { CLOUD_EVENTS_CONTENT_TYPE, ClusterRegistered, EventHeaders, Topics } from '@icn/contracts';
import { buildEvent } from '@icn/messaging';
import type { Kafka } from 'kafkajs';
import mongoose from 'mongoose';
import { expectStatus, HttpClient } from './http-client';
import { positionGroupAtEnd } from '@icn/messaging';
import { deleteGroups, testKafka } from './kafka-client';
import { ServiceProcess } from './service-process';
import { e2eEnvironment, type E2eEnvironment } from './test-environment';
import { clusterManagerToken, randomJwtSecret } from './tokens';
import { randomToken, uniqueClusterId } from './unique-id';
import { waitFor } from './wait-for';

/**
 * One scenario's opportunities service as a separate process, with its own database, its own
 * consumer groups and its own cluster. Membership is played by the scenario: it produces
 * ClusterRegistered on membership's real topic (as the opportunities int-specs do), because the
 * scenario is about the opportunities process, and a membership process would only add start-up
 * time. The directory group is positioned at the topics' end first, so it reads just that event
 * instead of every earlier run's history. The notifications group is deliberately NOT prepared:
 * how a brand-new group starts is part of what the service must get right.
 */
export class OpportunitiesPlatform {
  readonly service: ServiceProcess;
  readonly manager: HttpClient;
  readonly managerToken: string;
  readonly kafka: Kafka;
  readonly clusterId = uniqueClusterId();
  private readonly database: string;
  private readonly groups: { directory: string; notifications: string; programmes: string; streamPrefix: string };
  /** The process environment; INSTANCE_ID changes per start (a killed instance's group is dead). */
  private readonly env: Record<string, string>;
  private instances: string[] = [];
  private passed = false;

  private constructor(
    readonly scenario: string,
    readonly environment: E2eEnvironment,
    readonly runId: string,
    settings: Record<string, string>,
  ) {
    const secret = randomJwtSecret();
    this.database = `e2e_${runId}_opportunities`;
    this.groups = {
      directory: `e2e-${runId}-opportunities.membership`,
      notifications: `e2e-${runId}-opportunities.notifications`,
      programmes: `e2e-${runId}-opportunities.network-programmes`,
      streamPrefix: `e2e-${runId}`,
    };
    this.env = {
      MONGODB_URI: environment.mongoUri,
      MONGODB_DB: this.database,
      KAFKA_BROKERS: environment.kafkaBrokers,
      KAFKA_CLIENT_ID: `e2e-${runId}-opportunities`,
      JWT_SECRET: secret,
      // E2E_SERVICE_LOG_LEVEL=info shows consumer joins and relay activity when investigating.
      LOG_LEVEL: process.env['E2E_SERVICE_LOG_LEVEL'] ?? 'warn',
      NODE_ENV: 'test',
      RATE_LIMIT_PER_MINUTE: '1000000',
      // Failover after kill -9 waits for the dead consumer's session to expire (30 s by default).
      KAFKA_CONSUMER_SESSION_TIMEOUT_MS: '10000',
      OUTBOX_POLL_MS: '250',
      DIRECTORY_CONSUMER_GROUP: this.groups.directory,
      DIRECTORY_FROM_BEGINNING: 'false',
      NOTIFICATIONS_CONSUMER_GROUP: this.groups.notifications,
      // New, so the service positions it at the programme topic's end: only this run's programmes reach its subscribers (ADR 23).
      NETWORK_PROGRAMMES_CONSUMER_GROUP: this.groups.programmes,
      SSE_HEARTBEAT_MS: '1000',
      KAFKAJS_NO_PARTITIONER_WARNING: '1',
      ...settings,
    };
    this.service = new ServiceProcess({ app: 'opportunities', logName: `${scenario}-${runId}-opportunities`, env: this.env });
    this.managerToken = clusterManagerToken(secret, this.clusterId);
    this.manager = new HttpClient(() => this.service.baseUrl, this.managerToken);
    this.kafka = testKafka(environment.kafkaBrokers, `e2e-${runId}-test`);
  }

  /**
   * Starts the service and waits until its read model knows the scenario's cluster. `settings` are
   * the scenario's own service settings (e.g. webhook backoff), over the defaults above.
   */
  static async start(scenario: string, settings: Record<string, string> = {}): Promise<OpportunitiesPlatform> {
    const platform = new OpportunitiesPlatform(scenario, e2eEnvironment(), randomToken(8), settings);
    try {
      await positionGroupAtEnd(platform.kafka, platform.groups.directory, [Topics.membershipCluster, Topics.membershipOrganisation]);
      await platform.startService();
      await platform.registerCluster();
    } catch (error) {
      await platform.stop();
      throw error;
    }
    return platform;
  }

  /** (Re)starts the process under a new instance id, so its broadcast group is a fresh one. */
  async startService(): Promise<void> {
    const instance = `${this.groups.streamPrefix}-${this.instances.length + 1}`;
    this.instances.push(instance);
    this.env['INSTANCE_ID'] = instance;
    await this.service.startAndWaitReady();
  }

  get streamUrl(): (subscriptionId: string) => () => string {
    return (subscriptionId) => () => `${this.service.baseUrl}/subscriptions/${subscriptionId}/stream`;
  }

  async createSubscription(name: string, filters: Record<string, unknown>): Promise<string> {
    const response = await this.manager.post<{ subscriptionId: string }>('/subscriptions', { name, filters });
    return expectStatus(response, 201, `POST /subscriptions ${name}`).subscriptionId;
  }

  private async registerCluster(): Promise<void> {
    const event = buildEvent(ClusterRegistered, {
      subject: this.clusterId,
      sequence: 1,
      source: '/icn/membership',
      data: {
        cluster: {
          clusterId: this.clusterId,
          name: `E2E cluster ${this.clusterId}`,
          country: 'DK',
          focusSectors: ['district-heating'],
          memberCounts: { companies: 10, publicAuthorities: 1, researchInstitutions: 1, other: 0 },
          secretariat: false,
          status: 'active',
        },
      },
    });
    const producer = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    await producer.connect();
    try {
      await producer.send({
        topic: Topics.membershipCluster,
        acks: -1,
        messages: [
          {
            key: event.subject,
            value: JSON.stringify(event),
            headers: { [EventHeaders.contentType]: CLOUD_EVENTS_CONTENT_TYPE, [EventHeaders.type]: event.type, [EventHeaders.id]: event.id },
          },
        ],
      });
    } finally {
      await producer.disconnect();
    }
    await awaitClusterInOpportunities(this.manager, this.clusterId);
  }

  markPassed(): void {
    this.passed = true;
  }

  /** Orderly stop; a passing scenario's database and groups are removed, a failing one's kept and named. */
  async stop(): Promise<void> {
    await this.service.stop();
    // The running instance deletes its own broadcast group on an orderly stop; killed ones cannot.
    const groups = [this.groups.directory, this.groups.notifications, this.groups.programmes, ...this.instances.slice(0, -1).map((instance) => `opportunities.stream.${instance}`)];
    if (!this.passed || process.env['E2E_KEEP_DATA'] === '1') {
      console.warn(`[e2e] ${this.scenario}: kept database ${this.database}, groups ${groups.join(', ')}; log ${this.service.logFile}`);
      return;
    }
    await deleteGroups(this.kafka, groups);
    try {
      const connection = await mongoose.createConnection(this.environment.mongoUri, { dbName: this.database, serverSelectionTimeoutMS: 5_000 }).asPromise();
      await connection.dropDatabase().finally(() => connection.close());
    } catch (error) {
      console.warn(`could not drop ${this.database}: ${String(error)}`); // cleanup never fails a scenario
    }
  }
}

/**
 * Waits until the opportunities service's membership read model knows `clusterId`. The service has
 * no directory API: a draft (which emits no event) is accepted only once the read model knows the
 * cluster of the manager filing it; it is discarded straight away.
 */
export async function awaitClusterInOpportunities(manager: HttpClient, clusterId: string): Promise<void> {
  await waitFor(
    async () => {
      const probe = await manager.post<{ opportunityId?: string }>('/opportunities', {
        type: 'event',
        title: 'Directory probe',
        description: 'Discarded at once.',
        deadline: new Date(Date.now() + 86_400_000).toISOString(),
      });
      if (probe.status !== 201 || probe.body.opportunityId === undefined) return false;
      expectStatus(await manager.request('DELETE', `/opportunities/${probe.body.opportunityId}`), 204, 'DELETE the probe draft');
      return true;
    },
    { timeoutMs: 60_000, intervalMs: 500, description: `cluster ${clusterId} in the opportunities read model` },
  );
}
