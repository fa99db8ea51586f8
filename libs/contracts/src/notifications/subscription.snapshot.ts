// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { CLUSTER_ID_PATTERN, HELIX_TYPES, SECTORS, TAG_PATTERN, type HelixType, type Sector } from '../vocabulary/vocabulary';
import { CURRENCY_PATTERN, OPPORTUNITY_TYPES, type OpportunityType } from '../opportunities/opportunity.vocabulary';
import { EMAIL_CADENCES, SUBSCRIBER_KINDS, WEBHOOK_STATUSES, type EmailCadence, type SubscriberKind, type WebhookStatus } from './notification.vocabulary';

/** The subscriber: a cluster, or an organisation (with the cluster it belongs to). */
export class SubscriberV1 {
  @IsIn(SUBSCRIBER_KINDS)
  kind!: SubscriberKind;

  @Matches(CLUSTER_ID_PATTERN)
  clusterId!: string;

  /** Present exactly when `kind` is `organisation`. */
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

/** A minimum value; opportunities in another currency, or without a value, do not match. */
export class MinimumValueV1 {
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  amount!: number;

  @Matches(CURRENCY_PATTERN)
  currency!: string;
}

/**
 * Which opportunities a subscription matches. Every list is "any of" (empty: no restriction) and
 * all criteria must hold. Keywords are words that must all occur in the title or description.
 */
export class SubscriptionFiltersV1 {
  @IsArray()
  @IsIn(OPPORTUNITY_TYPES, { each: true })
  @ArrayMaxSize(OPPORTUNITY_TYPES.length)
  types!: OpportunityType[];

  @IsArray()
  @IsIn(SECTORS, { each: true })
  @ArrayMaxSize(SECTORS.length)
  sectors!: Sector[];

  @IsArray()
  @Matches(TAG_PATTERN, { each: true })
  @ArrayMaxSize(50)
  technologies!: string[];

  /** Matches opportunities targeting one of these countries, or any country (no target countries). */
  @IsArray()
  @IsISO31661Alpha2({ each: true })
  @ArrayMaxSize(250)
  countries!: string[];

  @IsArray()
  @Matches(CLUSTER_ID_PATTERN, { each: true })
  @ArrayMaxSize(200)
  originClusterIds!: string[];

  /** Matches opportunities meant for one of these helix types, or for all (no target helix types). */
  @IsArray()
  @IsIn(HELIX_TYPES, { each: true })
  @ArrayMaxSize(HELIX_TYPES.length)
  helixTypes!: HelixType[];

  @IsArray()
  @IsString({ each: true })
  @Length(1, 60, { each: true })
  @ArrayMaxSize(20)
  keywords!: string[];

  @IsOptional()
  @ValidateNested()
  @Type(() => MinimumValueV1)
  minValue?: MinimumValueV1;

  /** Only opportunities whose deadline is at most this many days ahead (at publication time). */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  deadlineWithinDays?: number;

  /** Only opportunities whose deadline is at least this many days ahead (time to prepare a response). */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3650)
  deadlineAtLeastDays?: number;
}

/** The webhook channel, without its secret (which is only ever returned once, to the owner). */
export class WebhookChannelV1 {
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'], require_tld: false })
  url!: string;

  @IsIn(WEBHOOK_STATUSES)
  status!: WebhookStatus;

  @IsOptional()
  @IsISO8601({ strict: true })
  disabledAt?: string;

  @IsOptional()
  @IsString()
  @Length(1, 500)
  disabledReason?: string;
}

/** Mail sent at once whatever the cadence: a deadline this close, or a recommendation this strong. */
export class EmailPriorityV1 {
  /** Opportunities whose deadline is at most this many days ahead when notified. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  deadlineWithinDays?: number;

  /** `recommended` notifications whose match score is at least this. */
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  recommendedMinScore?: number;
}

/**
 * The e-mail channel: which contacts of the subscribing organisation receive it, how often (a
 * digest at `hour` of their `timeZone`, on `weekday` for weekly ones, ISO 1 = Monday), and what
 * goes out at once anyway.
 */
export class EmailChannelV1 {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsUUID(undefined, { each: true })
  recipients!: string[];

  @IsIn(EMAIL_CADENCES)
  cadence!: EmailCadence;

  /** An IANA time zone name, e.g. Europe/Berlin. */
  @IsString()
  @Matches(/^(?:UTC|[A-Z][A-Za-z_]+(?:\/[A-Z][A-Za-z0-9_+-]*)+)$/)
  timeZone!: string;

  @IsInt()
  @Min(0)
  @Max(23)
  hour!: number;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(7)
  weekday?: number;

  @IsOptional()
  @ValidateNested()
  @Type(() => EmailPriorityV1)
  priority?: EmailPriorityV1;
}

/** Channels: Server-Sent Events always; a webhook, an iCalendar feed and e-mail optionally. */
export class SubscriptionChannelsV1 {
  @IsOptional()
  @ValidateNested()
  @Type(() => WebhookChannelV1)
  webhook?: WebhookChannelV1;

  @IsOptional()
  @ValidateNested()
  @Type(() => EmailChannelV1)
  email?: EmailChannelV1;

  @IsBoolean()
  calendar!: boolean;
}

/** The full state of a subscription after a change (never its secrets). */
export class SubscriptionSnapshotV1 {
  @IsUUID()
  subscriptionId!: string;

  @ValidateNested()
  @Type(() => SubscriberV1)
  subscriber!: SubscriberV1;

  @IsString()
  @Length(1, 200)
  name!: string;

  @ValidateNested()
  @Type(() => SubscriptionFiltersV1)
  filters!: SubscriptionFiltersV1;

  @ValidateNested()
  @Type(() => SubscriptionChannelsV1)
  channels!: SubscriptionChannelsV1;

  @IsInt()
  @Min(1)
  version!: number;

  @IsISO8601({ strict: true })
  createdAt!: string;

  @IsISO8601({ strict: true })
  updatedAt!: string;
}
