// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { SubscriptionSnapshotV1 } from '../subscription.snapshot';

export class SubscriptionCreatedV1 {
  @ValidateNested()
  @Type(() => SubscriptionSnapshotV1)
  subscription!: SubscriptionSnapshotV1;
}

export const SubscriptionCreated = defineEvent({
  type: 'org.icn.opportunities.subscription.created.v1',
  version: 1,
  topic: Topics.opportunitiesSubscription,
  aggregate: 'subscription',
  payload: SubscriptionCreatedV1,
  summary: 'A cluster or an organisation subscribed to opportunities; carries the full state (never the webhook secret).',
});
