import type { EventDefinition } from '@icn/contracts';
import { withoutUndefined } from '@icn/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import type { EventHandler, EventProjector } from '../consumer/event-handler';
import { BroadcastConsumer, type BroadcastHandler } from '../consumer/broadcast-consumer';
import { EventConsumer, type EventConsumerOptions } from '../consumer/event-consumer';
import { positionNewGroupAtEnd } from '../consumer/new-group-position';
import { EventPublisher } from '../kafka/event-publisher';
import { ConsumerLagMonitor, type LagWatchedGroup } from '../observability/consumer-lag';
import { errorDetails } from '../observability/messaging-logger';
import { kafkaGroupIdOf, type BroadcastGroupSettings, type ConsumerGroupSettings, type SharedGroupSettings } from './consumer-group';
import { selectedConsumerGroups } from './consumer-group-selection';
import type { ResolvedMessagingOptions } from './messaging.options';
import { KAFKA_CLIENT, MESSAGING_OPTIONS } from './messaging.tokens';

export type ConsumerRegistration = EventConsumerOptions extends infer O ? (O extends EventConsumerOptions ? Omit<O, 'metrics' | 'logger'> : never) : never;

/** A declared group's handlers, as the event transport found them (one per event type). */
export type GroupHandlers =
  | { kind: 'inbox'; handlers: EventHandler[] }
  | { kind: 'sequence-guard'; projectors: EventProjector[] }
  | { kind: 'broadcast'; handlers: BroadcastHandler[] };

interface DeclaredGroup {
  settings: ConsumerGroupSettings;
  /** The event definitions the transport found handlers for (known before the topics are created). */
  definitions: EventDefinition<object>[];
}

/**
 * The service's consumer groups. Declared groups (`consumerGroup(...)`) are started by the event
 * transport with their `@OnEvent` handlers once the app is initialised; while consumers run, their
 * groups' lag is computed every CONSUMER_LAG_POLL_MS (icn_consumer_lag, see ConsumerLagMonitor).
 * All are stopped first at shutdown (MessagingLifecycle). `register` is the lower-level way (a
 * consumer built by hand from handler objects, started at bootstrap), kept for library tests.
 */
@Injectable()
export class EventConsumerRegistry {
  private readonly consumers: Pick<EventConsumer, 'start' | 'stop'>[] = [];
  private readonly groups = new Map<string, LagWatchedGroup>();
  private readonly declared = new Map<string, DeclaredGroup>();
  private readonly lag: ConsumerLagMonitor | undefined;
  private running = false;

  constructor(
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka,
    private readonly publisher: EventPublisher,
    @Inject(MESSAGING_OPTIONS) private readonly options: ResolvedMessagingOptions,
  ) {
    const metrics = options.metrics;
    this.lag = metrics ? new ConsumerLagMonitor(kafka, () => [...this.groups.values()], { intervalMs: options.consumerLagPollMs, metrics, logger: options.logger }) : undefined;
  }

  /** Binds a logical group name to its settings (see consumerGroup); a name is declared once. */
  declareGroup(name: string, settings: ConsumerGroupSettings): void {
    if (this.declared.has(name)) throw new Error(`consumer group "${name}" is declared twice`);
    this.declared.set(name, { settings, definitions: [] });
  }

  /** Called by the transport for each handler it is given, so the group's topics are known early. */
  noteHandler(group: string, definition: EventDefinition<object>): void {
    this.declared.get(group)?.definitions.push(definition);
  }

  register(registration: ConsumerRegistration): EventConsumer {
    const consumer = this.create(registration);
    // Registered after bootstrap (e.g. a lazily created module): start right away.
    if (this.running) {
      consumer.start().catch((error: unknown) => {
        this.options.logger?.error({ groupId: registration.groupId, err: errorDetails(error) }, 'consumer failed to start');
      });
    }
    return consumer;
  }

  /**
   * Starts one consumer per declared group with the handlers the transport found for it — only the
   * groups ONLY_CONSUMER_GROUPS names, when it is set (see selectedConsumerGroups). Fails, naming
   * it, for a handler of an undeclared group, a declared group without handlers, or a handler kind
   * that does not match the group's idempotency.
   */
  async startGroups(found: ReadonlyMap<string, GroupHandlers>): Promise<void> {
    for (const name of found.keys()) {
      if (!this.declared.has(name)) throw new Error(`@OnEvent handlers name consumer group "${name}", which no consumerGroup(...) declares`);
    }
    const only = selectedConsumerGroups([...this.declared.keys()]);
    const starting: Promise<void>[] = [];
    for (const [name, { settings }] of this.declared) {
      const handlers = found.get(name);
      if (handlers === undefined) throw new Error(`consumer group "${name}" (${settings.groupId}) has no @OnEvent handlers`);
      if (handlers.kind !== handlerKindOf(settings)) throw new Error(`consumer group "${name}" is declared "${handlerKindOf(settings)}" but its handlers were built as "${handlers.kind}"`);
      if (only !== undefined && !only.has(name)) {
        this.options.logger?.info({ group: name, groupId: settings.groupId }, 'consumer group not started: ONLY_CONSUMER_GROUPS leaves it out');
        continue;
      }
      starting.push(this.consumerOf(name, settings, handlers).start());
    }
    await Promise.all(starting);
  }

  /** The kind of handlers a declared group takes, by name (the transport builds them accordingly). */
  handlerKindOf(name: string): GroupHandlers['kind'] | undefined {
    const declared = this.declared.get(name);
    return declared === undefined ? undefined : handlerKindOf(declared.settings);
  }

  /** Every topic some consumer reads (or will read), so bootstrap can make sure they exist. */
  consumedTopics(): string[] {
    const declared = [...this.declared.values()].flatMap(({ settings, definitions }) => topicsOf(settings, definitions));
    return [...new Set([...[...this.groups.values()].flatMap((group) => group.topics), ...declared])];
  }

  /**
   * Gives every brand-new group declared with `newGroupStartsAtEnd` a committed position at the end
   * of its topics (see positionNewGroupAtEnd). Called at bootstrap after the topics exist and before
   * this process can publish anything, so nothing it publishes can precede the position.
   */
  async positionNewGroups(): Promise<void> {
    const only = selectedConsumerGroups([...this.declared.keys()]);
    for (const [name, { settings, definitions }] of this.declared) {
      // A broadcast group is positioned by its consumer, every time it starts.
      if (settings.delivery === 'broadcast' || settings.newGroupStartsAtEnd !== true) continue;
      // A group this process does not run is positioned by the processes that do.
      if (only !== undefined && !only.has(name)) continue;
      for (const topic of topicsOf(settings, definitions)) await this.positionNewGroupAtEnd(settings.groupId, topic);
    }
  }

  /**
   * Gives a brand-new group a committed position at the end of `topic` (see positionNewGroupAtEnd),
   * waiting for the broker until KAFKA_STARTUP_TIMEOUT_MS.
   */
  async positionNewGroupAtEnd(groupId: string, topic: string): Promise<number> {
    const positioned = await positionNewGroupAtEnd(this.kafka, groupId, topic, { timeoutMs: this.options.startupTimeoutMs, logger: this.options.logger });
    if (positioned > 0) this.options.logger?.info({ groupId, topic, partitions: positioned }, 'new consumer group positioned at the end of its topic');
    return positioned;
  }

  /** Starts the consumers registered by hand, and the lag monitor. */
  async startAll(): Promise<void> {
    this.running = true;
    await Promise.all(this.consumers.map((consumer) => consumer.start()));
    this.lag?.start();
  }

  async stopAll(): Promise<void> {
    this.running = false;
    await this.lag?.stop();
    await Promise.all(this.consumers.map((consumer) => consumer.stop()));
  }

  private consumerOf(name: string, settings: ConsumerGroupSettings, handlers: GroupHandlers): Pick<EventConsumer, 'start' | 'stop'> {
    if (settings.delivery === 'broadcast') {
      if (handlers.kind !== 'broadcast') throw new Error(`consumer group "${name}" is a broadcast group`);
      return this.createBroadcast(name, settings, handlers.handlers);
    }
    if (handlers.kind === 'broadcast') throw new Error(`consumer group "${name}" is not a broadcast group`);
    return this.create({ ...this.registrationOf(name, settings), ...(handlers.kind === 'inbox' ? { handlers: handlers.handlers } : { projectors: handlers.projectors }) });
  }

  /** Not lag-watched: the group is this replica's alone and is deleted when it stops. */
  private createBroadcast(name: string, settings: BroadcastGroupSettings, handlers: BroadcastHandler[]): BroadcastConsumer {
    const groupId = kafkaGroupIdOf(settings);
    const { membership, sessionTimeoutMs, heartbeatIntervalMs } = settings;
    const consumer = new BroadcastConsumer(this.kafka, {
      groupId,
      topics: topicsOf(settings, this.declared.get(name)?.definitions ?? []),
      handlers,
      onJoin: () => membership?.joined(groupId),
      onLeave: () => membership?.left(groupId),
      startupTimeoutMs: this.options.startupTimeoutMs,
      ...withoutUndefined({ sessionTimeoutMs, heartbeatIntervalMs, logger: this.options.logger }),
    });
    this.consumers.push(consumer);
    return consumer;
  }

  private registrationOf(name: string, settings: SharedGroupSettings): Omit<EventConsumerOptions, 'handlers' | 'projectors'> {
    const definitions = this.declared.get(name)?.definitions ?? [];
    const { groupId, fromBeginning, partitionsConsumedConcurrently, maxAttempts, backoff, sessionTimeoutMs, heartbeatIntervalMs } = settings;
    return {
      groupId,
      topics: topicsOf(settings, definitions),
      // Processed event ids (inbox groups) go to the service's own database.
      connection: this.options.connection,
      fromBeginning: fromBeginning ?? true,
      ...withoutUndefined({ partitionsConsumedConcurrently, maxAttempts, backoff, sessionTimeoutMs, heartbeatIntervalMs }),
    };
  }

  private create(registration: ConsumerRegistration): EventConsumer {
    const consumer = new EventConsumer(this.kafka, this.publisher, {
      sessionTimeoutMs: this.options.consumerSessionTimeoutMs,
      processedEventRetentionMs: this.options.processedEventRetentionMs,
      startupTimeoutMs: this.options.startupTimeoutMs,
      ...registration,
      metrics: this.options.metrics,
      logger: this.options.logger,
    } as EventConsumerOptions);
    this.consumers.push(consumer);
    this.groups.set(registration.groupId, { groupId: registration.groupId, topics: registration.topics, fromBeginning: registration.fromBeginning ?? true });
    return consumer;
  }
}

function handlerKindOf(settings: ConsumerGroupSettings): GroupHandlers['kind'] {
  return settings.delivery === 'broadcast' ? 'broadcast' : settings.idempotency;
}

function topicsOf(settings: ConsumerGroupSettings, definitions: readonly EventDefinition<object>[]): string[] {
  return [...new Set(settings.topics ?? definitions.map((definition) => definition.topic))];
}
