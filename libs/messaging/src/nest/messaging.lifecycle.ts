import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { EventPublisher } from '../kafka/event-publisher';
import { waitForKafka } from '../kafka/kafka-startup';
import { TopicAdmin } from '../kafka/topic-admin';
import { errorDetails, SILENT_LOGGER } from '../observability/messaging-logger';
import { CommitRelay } from '../write-path/commit-relay';
import { MongoCommitStore } from '../write-path/commit-store';
import { WritePath } from '../write-path/write-path';
import { EventConsumerRegistry } from './event-consumer.registry';
import type { ResolvedMessagingOptions } from './messaging.options';
import { MESSAGING_OPTIONS } from './messaging.tokens';

/**
 * Start-up and shutdown in one place, because their order matters.
 *
 * Shutdown runs in `onModuleDestroy` (the first hook of `app.close()`), while the database
 * connection is still open — the relay's final flush needs it. The platform closes its connection
 * in a later hook.
 */
@Injectable()
export class MessagingLifecycle implements OnApplicationBootstrap, OnModuleDestroy {
  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: ResolvedMessagingOptions,
    private readonly admin: TopicAdmin,
    private readonly publisher: EventPublisher,
    private readonly relay: CommitRelay,
    private readonly commits: MongoCommitStore,
    private readonly writePath: WritePath,
    private readonly consumers: EventConsumerRegistry,
  ) {}

  /**
   * Topics first (nothing may produce to or subscribe a missing topic), then the positions of new
   * groups that start at the end (before anything is published), then publish. Consuming comes
   * last: the event transport starts the declared groups once the app is initialised
   * (`startServiceApp`); consumers registered by hand start here. Every step waits for the broker
   * until KAFKA_STARTUP_TIMEOUT_MS (see waitForKafka), so the services start in any order on an
   * empty broker, and a step that never gets there fails the start-up naming itself.
   */
  async onApplicationBootstrap(): Promise<void> {
    const topics = [...new Set([...this.options.topics, ...this.consumers.consumedTopics()])];
    await this.admin.ensureTopics(topics, this.options.partitions);
    await this.consumers.positionNewGroups();
    await waitForKafka('the Kafka producer', () => this.publisher.connect(), { timeoutMs: this.options.startupTimeoutMs, logger: this.options.logger });
    await this.commits.ensureIndexes();
    // Before anything is served: snapshots a killed writer left behind its commits (ADR 12).
    await this.writePath.repairSnapshotsOfUnpublishedCommits();
    // Starts with a scan: commits a crashed run left unpublished go out now.
    this.relay.start();
    await this.consumers.startAll();
  }

  /**
   * Stop consuming (the in-flight message finishes and is committed) → stop polling and publish
   * what is still pending → disconnect the producer. A failed flush is logged, not thrown: the
   * entries stay in their documents and the next start publishes them.
   */
  async onModuleDestroy(): Promise<void> {
    const logger = this.options.logger ?? SILENT_LOGGER;
    await this.consumers.stopAll();
    await this.relay.stop();
    try {
      await this.relay.flush();
    } catch (error) {
      logger.warn({ err: errorDetails(error) }, 'outbox flush at shutdown failed; entries stay pending');
    }
    await this.publisher.disconnect();
  }
}
