// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsIn, ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { SubscriptionSnapshotV1 } from '../subscription.snapshot';

/** What changed: the owner's edit, or the webhook channel being disabled (persistent failure) / re-enabled. */
export const SUBSCRIPTION_CHANGES = ['edited', 'webhook-disabled', 'webhook-enabled', 'webhook-secret-rotated'] as const;
export type SubscriptionChange = (typeof SUBSCRIPTION_CHANGES)[number];

export class SubscriptionUpdatedV1 {
  @IsIn(SUBSCRIPTION_CHANGES)
  change!: SubscriptionChange;

  @ValidateNested()
  @Type(() => SubscriptionSnapshotV1)
  subscription!: SubscriptionSnapshotV1;
}

export const SubscriptionUpdated = defineEvent({
  type: 'org.icn.opportunities.subscription.updated.v1',
  version: 1,
  topic: Topics.opportunitiesSubscription,
  aggregate: 'subscription',
  payload: SubscriptionUpdatedV1,
  summary: 'A subscription changed: filters or channels edited, or its webhook disabled after persistent failure / re-enabled; carries the full state.',
});
