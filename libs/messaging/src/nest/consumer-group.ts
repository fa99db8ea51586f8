import type { InjectionToken, OptionalFactoryDependency, Provider } from '@nestjs/common';
import type { BackoffOptions } from '../retry/backoff';
import { EventConsumerRegistry } from './event-consumer.registry';

/**
 * How a consumer group makes a redelivered event harmless:
 * - `inbox`: its handlers have side effects (send a notification, publish a suggestion), so the
 *   group records each processed event id and skips ids it has seen (ProcessedEventStore);
 * - `sequence-guard`: a read model whose handlers return guarded writes (GuardedProjection): the
 *   guard applies each event at most once by itself, so there is no inbox, and batches are
 *   applied together (ProjectionBatch).
 */
export type ConsumerGroupIdempotency = 'inbox' | 'sequence-guard';

/**
 * A consumer group's settings, declared once per logical group (see `consumerGroup`): a group
 * whose replicas share the work (the default), or one in which every replica reads everything.
 */
export type ConsumerGroupSettings = SharedGroupSettings | BroadcastGroupSettings;

/** One Kafka group for all replicas: each event is handled once, by one of them. */
export interface SharedGroupSettings {
  delivery?: 'shared';
  /** The Kafka group id, from configuration (e.g. CONSUMER_GROUP): a new id rebuilds from scratch. */
  groupId: string;
  idempotency: ConsumerGroupIdempotency;
  /** Default: the topics of the group's handlers' event definitions. */
  topics?: readonly string[];
  /** Where a group without committed offsets starts: the topics' history (default) or their end. */
  fromBeginning?: boolean;
  /**
   * A brand-new group gets a committed position at the topics' current end before this process
   * publishes anything (see positionNewGroupAtEnd): for groups about what happens from now on
   * (notifications, suggestions), which must neither replay history nor skip what is published
   * while they join. `fromBeginning` then only applies where no position could be set.
   */
  newGroupStartsAtEnd?: boolean;
  /** Partitions processed in parallel by this instance (order is kept within a partition). */
  partitionsConsumedConcurrently?: number;
  maxAttempts?: number;
  backoff?: Partial<BackoffOptions>;
  sessionTimeoutMs?: number;
  heartbeatIntervalMs?: number;
}

/**
 * Every replica reads every event of the topics, in a Kafka group of its own
 * (`<groupId>.<instanceId>`): for pushing to what only this replica holds (its open streams).
 * What it delivers is a hint, not a record — the owner's durable state is the truth — so there is
 * no idempotency, no retry and no dead letter: a handler error is logged and the event dropped. The
 * group starts at the topics' end every time (nothing published before the replica started is
 * delivered) and is deleted on an orderly stop; a killed replica's group expires with its offsets.
 */
export interface BroadcastGroupSettings {
  delivery: 'broadcast';
  /** The stem of the per-replica group ids. */
  groupId: string;
  /** This replica's name (unique among the running replicas), the group id's suffix. */
  instanceId: string;
  /** Default: the topics of the group's handlers' event definitions. */
  topics?: readonly string[];
  /** Told when this replica (re)joins and leaves its group. */
  membership?: BroadcastMembershipListener;
  sessionTimeoutMs?: number;
  heartbeatIntervalMs?: number;
}

/**
 * What the owner of a broadcast group learns about its membership: while it is out of its group
 * (starting, after a crash, during a rebalance) events are not delivered to it, and being
 * positioned at the end it will never get them; `joined` is the moment to re-read what was missed
 * from the durable state.
 */
export interface BroadcastMembershipListener {
  /** (Re)joined: delivery resumes; what was published while out must be read elsewhere. */
  joined(groupId: string): void;
  /** Crashed (kafkajs may rejoin by itself: `joined` follows) or stopped. */
  left(groupId: string): void;
}

/** The Kafka group id a replica consumes with: shared groups as configured, broadcast ones per replica. */
export function kafkaGroupIdOf(settings: ConsumerGroupSettings): string {
  return settings.delivery === 'broadcast' ? `${settings.groupId}.${settings.instanceId}` : settings.groupId;
}

export interface ConsumerGroupFactory<Deps extends unknown[]> {
  inject?: (InjectionToken | OptionalFactoryDependency)[];
  useFactory: (...deps: Deps) => ConsumerGroupSettings;
}

/**
 * Declares a logical consumer group — its name, as `@OnEvent(..., { group })` refers to it, bound
 * to its configured settings — as a provider of the feature module:
 *
 *   consumerGroup(DIRECTORY_GROUP, { inject: [CONFIG], useFactory: (config: MatchmakingConfig) => ({ groupId: config.CONSUMER_GROUP, idempotency: 'sequence-guard' }) })
 *
 * The event transport starts one Kafka consumer per declared group, with the handlers of that
 * group, once the application is initialised. A broadcast group (every replica reads everything):
 *
 *   consumerGroup(STREAM_GROUP, { inject: [CONFIG, StreamMembership], useFactory: (config, membership) => ({ delivery: 'broadcast', groupId: 'opportunities.stream', instanceId: config.INSTANCE_ID, membership }) })
 */
export function consumerGroup<Deps extends unknown[]>(name: string, factory: ConsumerGroupFactory<Deps>): Provider {
  return {
    provide: `icn:consumer-group:${name}`,
    inject: [EventConsumerRegistry, ...(factory.inject ?? [])],
    useFactory: (registry: EventConsumerRegistry, ...deps: unknown[]) => {
      const settings = factory.useFactory(...(deps as Deps));
      registry.declareGroup(name, settings);
      return settings;
    },
  };
}
