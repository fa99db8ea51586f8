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

/** A consumer group's settings, declared once per logical group (see `consumerGroup`). */
export interface ConsumerGroupSettings {
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
 * group, once the application is initialised.
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
