// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsISO8601, IsUUID, ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { SubscriberV1 } from '../subscription.snapshot';

export class SubscriptionDeletedV1 {
  @IsUUID()
  subscriptionId!: string;

  @ValidateNested()
  @Type(() => SubscriberV1)
  subscriber!: SubscriberV1;

  @IsISO8601({ strict: true })
  deletedAt!: string;
}

export const SubscriptionDeleted = defineEvent({
  type: 'org.icn.opportunities.subscription.deleted.v1',
  version: 1,
  topic: Topics.opportunitiesSubscription,
  aggregate: 'subscription',
  payload: SubscriptionDeletedV1,
  summary: 'A subscription was deleted; nothing more is delivered to it. The last event of the subscription.',
});
