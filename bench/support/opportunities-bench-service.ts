import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { buildEvent } from '@icn/messaging';
import { CLOUD_EVENTS_CONTENT_TYPE, ClusterRegistered, EventHeaders, Topics } from '@icn/contracts';
import type { Kafka } from 'kafkajs';
import mongoose from 'mongoose';
import { HttpClient } from '../../test/support/http-client';
import { positionGroupAtEnd } from '@icn/messaging';
import { deleteGroups, testKafka } from '../../test/support/kafka-client';
import { clusterManagerToken, randomJwtSecret } from '../../test/support/tokens';
import { randomToken } from '../../test/support/unique-id';
import { sleep, waitFor } from '../../test/support/wait-for';
import type { BenchEnvironment } from './bench-platform';
import { BenchService } from './bench-service';

/** The opportunity body every benchmark publication uses; `title` carries the marker the SSE clients report. */
function opportunityBody(title: string, keyword: string): Record<string, unknown> {
  return {
    type: 'tender',
    title,
    description: `Benchmark publication ${keyword}: large heat pumps for a district heating pilot.`,
    sectors: ['district-heating'],
    technologies: ['heat-pumps'],
    targetCountries: ['DK'],
    value: { amount: 250000, currency: 'EUR' },
    deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    publish: true,
  };
}

/**
 * One opportunities replica as a compiled process (BenchService: ICN_DIST_DIR decides which build),
 * on a fresh database with fresh consumer groups positioned at the end of the shared topics, and a
 * cluster of its own that it learns from a ClusterRegistered event (the benchmark plays membership).
 * Subscriptions match on a per-run keyword, so other runs' publications on the shared topic never
 * reach this run's subscribers.
 */
export class OpportunitiesBench {
  readonly runId = randomToken(8);
  readonly clusterId = `bench-${randomToken(10)}`;
  /** Every publication of this run carries it in its title; every subscription of this run filters on it. */
  readonly keyword = `bench${randomToken(10)}`;
  readonly service: BenchService;
  readonly token: string;
  private readonly api: HttpClient;
  private readonly kafka: Kafka;
  private readonly database = `bench_${this.runId}_opportunities`;
  private readonly groups: string[];

  constructor(
    private readonly env: BenchEnvironment,
    logName: string,
  ) {
    const secret = randomJwtSecret();
    const notificationsGroup = `bench-${this.runId}-opportunities.notifications`;
    const directoryGroup = `bench-${this.runId}-opportunities.membership`;
    // Its own programme group: a shared one would announce other runs' programmes to the bench's subscribers (ADR 23).
    const programmesGroup = `bench-${this.runId}-opportunities.network-programmes`;
    const instanceId = `bench-${this.runId}`;
    // The per-instance broadcast group is deleted by the service itself on an orderly stop.
    this.groups = [notificationsGroup, directoryGroup, programmesGroup, `opportunities.stream.${instanceId}`];
    this.service = new BenchService('opportunities', `${this.runId}-${logName}`, {
      MONGODB_URI: env.mongoUri,
      KAFKA_BROKERS: env.kafkaBrokers,
      MONGODB_DB: this.database,
      KAFKA_CLIENT_ID: `bench-${this.runId}-opportunities`,
      JWT_SECRET: secret,
      LOG_LEVEL: 'warn',
      // Not production: the benchmark signs its tokens with the shared JWT secret, a development
      // option the services refuse in production (kafkajs and Nest behave the same either way).
      NODE_ENV: 'development',
      RATE_LIMIT_PER_MINUTE: '100000000',
      NOTIFICATIONS_CONSUMER_GROUP: notificationsGroup,
      DIRECTORY_CONSUMER_GROUP: directoryGroup,
      NETWORK_PROGRAMMES_CONSUMER_GROUP: programmesGroup,
      DIRECTORY_FROM_BEGINNING: 'false',
      INSTANCE_ID: instanceId,
      SSE_HEARTBEAT_MS: '15000',
      KAFKAJS_NO_PARTITIONER_WARNING: '1',
    });
    this.token = clusterManagerToken(secret, this.clusterId);
    this.api = new HttpClient(() => this.service.baseUrl, this.token);
    this.kafka = testKafka(env.kafkaBrokers, `bench-${this.runId}-driver`);
  }

  /** The service ready and its read model knowing the run's cluster (a publication is accepted). */
  async start(): Promise<void> {
    await positionGroupAtEnd(this.kafka, this.groups[0] as string, [Topics.opportunitiesOpportunity]);
    await this.service.startAndWaitReady(120_000);
    await this.seedCluster();
  }

  get baseUrl(): string {
    return this.service.baseUrl;
  }

  /** Creates `count` subscriptions that all match this run's publications; returns their ids. */
  async createSubscriptions(count: number, concurrency = 8): Promise<string[]> {
    const ids: string[] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < count) {
        const n = next++;
        const response = await this.api.post<{ subscriptionId: string }>('/subscriptions', {
          name: `bench ${n}`,
          filters: { keywords: [this.keyword] },
        });
        if (response.status !== 201) throw new Error(`POST /subscriptions -> ${response.status}: ${JSON.stringify(response.body).slice(0, 300)}`);
        ids.push(response.body.subscriptionId);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
    return ids;
  }

  /** POST /opportunities {publish: true}; returns the HTTP status (201 expected). */
  async publish(title: string): Promise<number> {
    const response = await this.api.post('/opportunities', opportunityBody(`${title} ${this.keyword}`, this.keyword));
    if (response.status !== 201) console.warn(`POST /opportunities -> ${response.status}: ${JSON.stringify(response.body).slice(0, 300)}`);
    return response.status;
  }

  /** The service process's resident memory in MiB (VmRSS of /proc/<pid>/status), if found. */
  rssMiB(): number | undefined {
    const pid = childPidRunning('apps/opportunities/src/main.js');
    if (pid === undefined) return undefined;
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  }

  /** Orderly stop, then removes the run's database and consumer groups (BENCH_KEEP_DATA=1 keeps them). */
  async stop(): Promise<void> {
    await this.service.stop(60_000);
    if (process.env['BENCH_KEEP_DATA'] === '1') return;
    await deleteGroups(this.kafka, this.groups.slice(0, 2));
    const connection = await mongoose.createConnection(this.env.mongoUri, { dbName: this.database }).asPromise();
    await connection.dropDatabase().catch((error: unknown) => console.warn(`could not drop ${this.database}: ${String(error)}`));
    await connection.close();
  }

  /**
   * The read model's new group starts at the end of the membership topic and its first assignment
   * takes a moment, so the same event (same id, applied once) is re-sent until a draft for the
   * cluster is accepted.
   */
  private async seedCluster(): Promise<void> {
    const event = buildEvent(ClusterRegistered, {
      subject: this.clusterId,
      sequence: 1,
      source: '/icn/membership',
      data: {
        cluster: {
          clusterId: this.clusterId,
          name: `Benchmark cluster ${this.clusterId}`,
          country: 'DK',
          focusSectors: ['district-heating'],
          memberCounts: { companies: 10, publicAuthorities: 2, researchInstitutions: 1, other: 0 },
          secretariat: false,
          status: 'active',
        },
      },
    });
    const producer = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    await producer.connect();
    try {
      await waitFor(
        async () => {
          await producer.send({
            topic: Topics.membershipCluster,
            acks: -1,
            messages: [{ key: this.clusterId, value: JSON.stringify(event), headers: { [EventHeaders.contentType]: CLOUD_EVENTS_CONTENT_TYPE, [EventHeaders.type]: event.type, [EventHeaders.id]: event.id } }],
          });
          await sleep(1000);
          const draft = { ...opportunityBody(`Seed check ${randomUUID()}`, this.keyword), publish: false };
          return (await this.api.post('/opportunities', draft)).status === 201;
        },
        { timeoutMs: 90_000, intervalMs: 0, description: `cluster ${this.clusterId} in the opportunities read model` },
      );
    } finally {
      await producer.disconnect();
    }
  }
}

/** The pid of this process's child whose command line contains `needle` (Linux /proc). */
function childPidRunning(needle: string): number | undefined {
  for (const task of readdirSync('/proc/self/task')) {
    let children: string;
    try {
      children = readFileSync(`/proc/self/task/${task}/children`, 'utf8');
    } catch {
      continue;
    }
    for (const pid of children.split(/\s+/).filter((id) => id.length > 0)) {
      try {
        if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(needle)) return Number(pid);
      } catch {
        // exited meanwhile
      }
    }
  }
  return undefined;
}
