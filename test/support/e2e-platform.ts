import { ALL_TOPICS, Topics } from '@icn/contracts';
import type { Kafka } from 'kafkajs';
import mongoose from 'mongoose';
import { DirectoryApi } from './directory-api';
import { ConsortiaReadModels } from './consortia-read-models';
import { NetworkReadModels } from './network-read-models';
import { clusterInput } from './factories';
import { HttpClient } from './http-client';
import { positionGroupAtEnd } from '@icn/messaging';
import { deleteGroups, testKafka } from './kafka-client';
import { MatchesApi } from './matches-api';
import { MembershipApi } from './membership-api';
import { awaitClusterInOpportunities } from './opportunities-platform';
import { PhaseTimer } from './phase-timer';
import { summarise } from './reconcile';
import { ServiceProcess } from './service-process';
import { e2eEnvironment, E2eEnvironment } from './test-environment';
import { clusterManagerToken, networkAdminToken, randomJwtSecret } from './tokens';
import { randomToken, uniqueClusterId } from './unique-id';
import { waitFor } from './wait-for';

export interface E2ePlatformOptions {
  /**
   * Also run the opportunities service, fed by the real membership process through Kafka (its
   * membership group positioned at the topics' end before the cluster is registered).
   */
  opportunities?: boolean;
  /**
   * Also run the consortia service, with its own database and consumer groups: its membership and
   * opportunity groups positioned at the topics' end before it starts (like matchmaking's), its
   * partner-suggestion group new, so the service positions it itself.
   */
  consortia?: boolean;
  /**
   * Also run the network service (partners, programmes, applications, network events), with its own
   * database and directory group positioned at the membership topics' end before it starts.
   */
  network?: boolean;
  /** Another broker or database than the run's shared ones (e.g. a scenario's own broker, to stop it). */
  environment?: Partial<E2eEnvironment>;
  /** More environment for every service process (it wins over the scenario defaults). */
  serviceEnv?: Record<string, string>;
}

/**
 * One scenario's platform: membership and matchmaking (and, on request, opportunities and
 * consortia) as separate processes with their own databases and consumer groups (unique per run),
 * sharing only Kafka's fixed topics with everyone else, plus one cluster of its own that every
 * assertion is scoped to.
 */
export class E2ePlatform {
  readonly membership: ServiceProcess;
  readonly matchmaking: ServiceProcess;
  /** Present when started with `{opportunities: true}`. */
  readonly opportunities: ServiceProcess | undefined;
  /** Present when started with `{consortia: true}`. */
  readonly consortia: ServiceProcess | undefined;
  /** Present when started with `{network: true}`. */
  readonly network: ServiceProcess | undefined;
  readonly api: MembershipApi;
  readonly directory: DirectoryApi;
  readonly matches: MatchesApi;
  /** The opportunities API as the scenario cluster's manager (only with `{opportunities: true}`). */
  readonly opportunitiesManager: HttpClient;
  readonly kafka: Kafka;
  readonly clusterId = uniqueClusterId();
  readonly consumerGroup: string;
  /** Signs every token the services accept; scenarios mint their own principals with it. */
  readonly jwtSecret = randomJwtSecret();
  private readonly opportunityGroups: { directory: string; notifications: string; recommendations: string; programmes: string };
  private readonly consortiaGroups: { directory: string; opportunities: string; partnerSuggestions: string };
  private readonly networkGroups: { directory: string; report: string };
  private readonly databases: string[];
  private passed = false;

  private constructor(
    readonly scenario: string,
    readonly env: E2eEnvironment,
    readonly runId: string,
    options: E2ePlatformOptions,
  ) {
    const secret = this.jwtSecret;
    this.consumerGroup = `e2e-${runId}-matchmaking`;
    this.opportunityGroups = {
      directory: `e2e-${runId}-opportunities.membership`,
      notifications: `e2e-${runId}-opportunities.notifications`,
      recommendations: `e2e-${runId}-opportunities.recommendations`,
      programmes: `e2e-${runId}-opportunities.network-programmes`,
    };
    this.consortiaGroups = {
      directory: `e2e-${runId}-consortia.directory`,
      opportunities: `e2e-${runId}-consortia.opportunities`,
      partnerSuggestions: `e2e-${runId}-consortia.partner-suggestions`,
    };
    this.networkGroups = { directory: `e2e-${runId}-network.directory`, report: `e2e-${runId}-network.annual-report` };
    this.databases = [
      `e2e_${runId}_membership`,
      `e2e_${runId}_matchmaking`,
      ...(options.opportunities ? [`e2e_${runId}_opportunities`] : []),
      ...(options.consortia ? [this.consortiaDatabase] : []),
      ...(options.network ? [this.networkDatabase] : []),
    ];
    const common = {
      MONGODB_URI: env.mongoUri,
      KAFKA_BROKERS: env.kafkaBrokers,
      JWT_SECRET: secret,
      // E2E_SERVICE_LOG_LEVEL=info when a scenario fails and the services' own account is needed.
      LOG_LEVEL: process.env['E2E_SERVICE_LOG_LEVEL'] ?? 'warn',
      NODE_ENV: 'test',
      // The scenarios are a deliberate burst from one client; the production limit would turn
      // them into a rate-limiting test.
      RATE_LIMIT_PER_MINUTE: '1000000',
      // A restart after kill -9 rejoins the groups the dead incarnation still holds; the broker
      // waits for its session to expire before it hands the partitions over (30 s by default).
      KAFKA_CONSUMER_SESSION_TIMEOUT_MS: '10000',
      ...options.serviceEnv,
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
        // Its own opportunity group too, positioned at the topic's end like the directory's: the
        // scenario publishes its opportunities after the start, and replaying every earlier run's
        // (thousands of events at ~10/s on FerretDB) would take minutes.
        OPPORTUNITY_CONSUMER_GROUP: `${this.consumerGroup}.opportunities`,
        // And its own suggestions group: a shared one would split the partitions with other runs.
        SUGGESTIONS_CONSUMER_GROUP: `${this.consumerGroup}.suggestions`,
        // Likewise for consortia's partner searches: another run's matchmaking must not answer ours.
        PARTNER_SEARCH_CONSUMER_GROUP: `${this.consumerGroup}.partner-search`,
        // Its programme read model too (programmes and applications), positioned at the end: the scenario registers its programmes after the start.
        PROGRAMME_CONSUMER_GROUP: `${this.consumerGroup}.programmes`,
      },
    });
    this.opportunities = options.opportunities
      ? new ServiceProcess({
          app: 'opportunities',
          logName: `${scenario}-${runId}-opportunities`,
          env: {
            ...common,
            MONGODB_DB: `e2e_${runId}_opportunities`,
            KAFKA_CLIENT_ID: `e2e-${runId}-opportunities`,
            OUTBOX_POLL_MS: '250',
            DIRECTORY_CONSUMER_GROUP: this.opportunityGroups.directory,
            DIRECTORY_FROM_BEGINNING: 'false',
            NOTIFICATIONS_CONSUMER_GROUP: this.opportunityGroups.notifications,
            // New, hence positioned at the suggestion topic's end: only this run's recommendations.
            RECOMMENDATIONS_CONSUMER_GROUP: this.opportunityGroups.recommendations,
            // New, hence positioned at the programme topic's end: only this run's programmes (ADR 23).
            NETWORK_PROGRAMMES_CONSUMER_GROUP: this.opportunityGroups.programmes,
            // Its broadcast group is `opportunities.stream.<INSTANCE_ID>`, removed on an orderly stop.
            INSTANCE_ID: `e2e-${runId}-1`,
            KAFKAJS_NO_PARTITIONER_WARNING: '1',
          },
        })
      : undefined;
    this.consortia = options.consortia
      ? new ServiceProcess({
          app: 'consortia',
          logName: `${scenario}-${runId}-consortia`,
          env: {
            ...common,
            MONGODB_DB: this.consortiaDatabase,
            KAFKA_CLIENT_ID: `e2e-${runId}-consortia`,
            OUTBOX_POLL_MS: '250',
            DIRECTORY_CONSUMER_GROUP: this.consortiaGroups.directory,
            OPPORTUNITY_CONSUMER_GROUP: this.consortiaGroups.opportunities,
            PARTNER_SUGGESTION_CONSUMER_GROUP: this.consortiaGroups.partnerSuggestions,
            KAFKAJS_NO_PARTITIONER_WARNING: '1',
          },
        })
      : undefined;
    this.network = options.network
      ? new ServiceProcess({
          app: 'network',
          logName: `${scenario}-${runId}-network`,
          env: {
            ...common,
            MONGODB_DB: this.networkDatabase,
            KAFKA_CLIENT_ID: `e2e-${runId}-network`,
            OUTBOX_POLL_MS: '250',
            DIRECTORY_CONSUMER_GROUP: this.networkGroups.directory,
            REPORT_CONSUMER_GROUP: this.networkGroups.report,
            KAFKAJS_NO_PARTITIONER_WARNING: '1',
          },
        })
      : undefined;
    this.opportunitiesManager = new HttpClient(() => this.requireOpportunities().baseUrl, clusterManagerToken(secret, this.clusterId));
    this.matches = new MatchesApi(new HttpClient(() => this.matchmaking.baseUrl, networkAdminToken(secret)));
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
  static async start(scenario: string, options: E2ePlatformOptions = {}): Promise<E2ePlatform> {
    const platform = new E2ePlatform(scenario, { ...e2eEnvironment(), ...options.environment }, randomToken(8), options);
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
      // positionGroupAtEnd waits for the broker (it may be electing partition leaders, e.g. just restarted).
      positionGroupAtEnd(this.kafka, this.consumerGroup, ALL_TOPICS)
        .then(() => positionGroupAtEnd(this.kafka, `${this.consumerGroup}.opportunities`, [Topics.opportunitiesOpportunity]))
        .then(() => positionGroupAtEnd(this.kafka, `${this.consumerGroup}.programmes`, [Topics.networkProgramme, Topics.networkApplication]))
        .then(() => this.matchmaking.startAndWaitReady()),
      this.startOpportunities(),
      this.startConsortia(),
      this.startNetwork(),
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
    if (this.opportunities !== undefined) {
      await awaitClusterInOpportunities(this.opportunitiesManager, this.clusterId);
      phases.mark('clusterInOpportunities');
    }
    if (this.consortia !== undefined) {
      await this.awaitClusterInConsortia();
      phases.mark('clusterInConsortia');
    }
    if (this.network !== undefined) {
      await this.awaitClusterInNetwork();
      phases.mark('clusterInNetwork');
    }
    console.log(summarise(`${this.scenario} start-up (ms)`, phases.figures()));
  }

  /** Opportunities reads membership's topics from their current end: the cluster comes after. */
  private async startOpportunities(): Promise<void> {
    if (this.opportunities === undefined) return;
    const membershipTopics = [Topics.membershipCluster, Topics.membershipOrganisation];
    await positionGroupAtEnd(this.kafka, this.opportunityGroups.directory, membershipTopics);
    await this.opportunities.startAndWaitReady();
  }

  /**
   * Consortia reads membership's and opportunities' topics from their current end: the scenario's
   * clusters, organisations and funding calls all come after.
   */
  private async startConsortia(): Promise<void> {
    if (this.consortia === undefined) return;
    const membershipTopics = [Topics.membershipCluster, Topics.membershipOrganisation];
    await positionGroupAtEnd(this.kafka, this.consortiaGroups.directory, membershipTopics);
    await positionGroupAtEnd(this.kafka, this.consortiaGroups.opportunities, [Topics.opportunitiesOpportunity]);
    await this.consortia.startAndWaitReady();
  }

  /** Consortia serves its directory only through commands: the read model is looked up where it lives. */
  private async awaitClusterInConsortia(): Promise<void> {
    const readModels = await ConsortiaReadModels.open(this.env.mongoUri, this.consortiaDatabase);
    try {
      await waitFor(async () => (await readModels.cluster(this.clusterId)) !== null, {
        timeoutMs: 90_000,
        description: `cluster ${this.clusterId} in consortia's directory (consumer group joined and consuming)`,
      });
    } finally {
      await readModels.close();
    }
  }

  /** Network reads membership's topics from their current end: the scenario's clusters and organisations come after. */
  private async startNetwork(): Promise<void> {
    if (this.network === undefined) return;
    await positionGroupAtEnd(this.kafka, this.networkGroups.directory, [Topics.membershipCluster, Topics.membershipOrganisation]);
    // The annual report reads every service's topics: from their end too, so a scenario counts only its own events.
    await positionGroupAtEnd(this.kafka, this.networkGroups.report, ALL_TOPICS);
    await this.network.startAndWaitReady();
  }

  private async awaitClusterInNetwork(): Promise<void> {
    const readModels = await NetworkReadModels.open(this.env.mongoUri, this.networkDatabase);
    try {
      await waitFor(async () => (await readModels.cluster(this.clusterId)) !== null, {
        timeoutMs: 90_000,
        description: `cluster ${this.clusterId} in network's directory (consumer group joined and consuming)`,
      });
    } finally {
      await readModels.close();
    }
  }

  /** The network service's address (only with `{network: true}`). */
  requireNetworkUrl(): string {
    if (this.network === undefined) throw new Error(`${this.scenario} was started without network`);
    return this.network.baseUrl;
  }

  /** A client of the network service acting with `token` (see tokens.ts); only with `{network: true}`. */
  networkAs(token: string): HttpClient {
    return new HttpClient(() => this.requireNetworkUrl(), token);
  }

  /** Network's own database. */
  get networkDatabase(): string {
    return `e2e_${this.runId}_network`;
  }

  /** The consortia service's address (only with `{consortia: true}`). */
  requireConsortiaUrl(): string {
    if (this.consortia === undefined) throw new Error(`${this.scenario} was started without consortia`);
    return this.consortia.baseUrl;
  }

  /** A client of the consortia service acting with `token` (see tokens.ts); only with `{consortia: true}`. */
  consortiaAs(token: string): HttpClient {
    return new HttpClient(() => this.requireConsortiaUrl(), token);
  }

  /** Consortia's own database (scenarios read it only to reconcile its read models). */
  get consortiaDatabase(): string {
    return `e2e_${this.runId}_consortia`;
  }

  /** Membership's API with the manager of `clusterId` (another cluster than the scenario's own). */
  membershipAs(clusterId: string): MembershipApi {
    const admin = new HttpClient(() => this.membership.baseUrl, networkAdminToken(this.jwtSecret));
    return new MembershipApi(admin, new HttpClient(() => this.membership.baseUrl, clusterManagerToken(this.jwtSecret, clusterId)));
  }

  /** The opportunities service's address (only with `{opportunities: true}`). */
  requireOpportunitiesUrl(): string {
    return this.requireOpportunities().baseUrl;
  }

  private requireOpportunities(): ServiceProcess {
    if (this.opportunities === undefined) throw new Error(`${this.scenario} was started without opportunities`);
    return this.opportunities;
  }

  private directoryHasCluster(): Promise<boolean> {
    return this.directory.hasCluster(this.clusterId);
  }

  /** Matchmaking's own database (scenarios read it only to reconcile its read models). */
  get matchmakingDatabase(): string {
    return `e2e_${this.runId}_matchmaking`;
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
    await Promise.all([this.membership.stop(), this.matchmaking.stop(), this.opportunities?.stop(), this.consortia?.stop(), this.network?.stop()]);
    const groups = [
      this.consumerGroup,
      `${this.consumerGroup}.opportunities`,
      `${this.consumerGroup}.suggestions`,
      `${this.consumerGroup}.partner-search`,
      ...(this.opportunities ? [this.opportunityGroups.directory, this.opportunityGroups.notifications, this.opportunityGroups.recommendations, this.opportunityGroups.programmes] : []),
      ...(this.consortia ? [this.consortiaGroups.directory, this.consortiaGroups.opportunities, this.consortiaGroups.partnerSuggestions] : []),
      ...(this.network ? [this.networkGroups.directory, this.networkGroups.report] : []),
    ];
    if (!this.passed || process.env['E2E_KEEP_DATA'] === '1') {
      const logs = [this.membership, this.matchmaking, this.opportunities, this.consortia, this.network].flatMap((service) => (service ? [service.logFile] : []));
      console.warn(`[e2e] ${this.scenario}: kept databases ${this.databases.join(', ')}, groups ${groups.join(', ')}; logs ${logs.join(', ')}`);
      return;
    }
    await deleteGroups(this.kafka, groups);
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
