// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Min, ValidateNested } from 'class-validator';
import { ProgrammeSnapshotV1 } from '../network/programme.snapshot';
import { OpportunitySnapshotV1 } from '../opportunities/opportunity.snapshot';
import { RecommendationV1 } from './recommendation';
import { NOTIFICATION_KINDS, type NotificationKind } from './notification.vocabulary';
import { SubscriberV1 } from './subscription.snapshot';

/** Notification ids are deterministic (`ntf_` + 32 hex): the same cause for the same subscription is one notification. */
export const NOTIFICATION_ID_PATTERN = /^ntf_[0-9a-f]{32}$/;

/**
 * One entry of a subscription's feed: what happened to which opportunity, with the opportunity's
 * full state, so a receiver (SSE client, webhook, integrator) needs no other source.
 */
export class NotificationV1 {
  /** Also the CloudEvent id, the SSE stream's event payload id and the webhook-id header. */
  @Matches(NOTIFICATION_ID_PATTERN)
  notificationId!: string;

  @IsUUID()
  subscriptionId!: string;

  /** Position in the subscription's feed: 1, 2, 3 … without gaps (the SSE event id). */
  @IsInt()
  @Min(1)
  seq!: number;

  @ValidateNested()
  @Type(() => SubscriberV1)
  subscriber!: SubscriberV1;

  @IsIn(NOTIFICATION_KINDS)
  kind!: NotificationKind;

  @ValidateNested()
  @Type(() => OpportunitySnapshotV1)
  opportunity!: OpportunitySnapshotV1;

  /** For `deadline-extended`: the deadline before the extension. */
  @IsOptional()
  @IsISO8601({ strict: true })
  previousDeadline?: string;

  /** For `deadline-reminder`: how many days before the deadline this reminder was planned. */
  @IsOptional()
  @IsInt()
  @Min(0)
  daysBeforeDeadline?: number;

  /** For `recommended`: why matchmaking recommends the opportunity to this organisation. */
  @IsOptional()
  @ValidateNested()
  @Type(() => RecommendationV1)
  recommendation?: RecommendationV1;

  /**
   * For an opportunity of type `partner-programme`: the network's programme it stands for (partner,
   * call window, eligibility, requirements) as `icn.network.programme.v1` carried it. The
   * `opportunity` is then the programme seen as an opportunity (ADR 23): id = programme id,
   * deadline = the call window's close, sectors / target countries / helix types = its eligibility.
   */
  @IsOptional()
  @ValidateNested()
  @Type(() => ProgrammeSnapshotV1)
  programme?: ProgrammeSnapshotV1;

  /** The event that caused it: the opportunity or programme event, or for `recommended` the suggestion event (absent for reminders and for a programme whose call window opened, which the schedulers cause). */
  @IsOptional()
  @IsString()
  @Length(1, 200)
  causedByEventId?: string;

  @IsISO8601({ strict: true })
  createdAt!: string;
}
