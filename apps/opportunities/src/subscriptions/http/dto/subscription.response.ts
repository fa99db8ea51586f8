import { EMAIL_CADENCES, HELIX_TYPES, OPPORTUNITY_TYPES, SECTORS, SUBSCRIBER_KINDS, WEBHOOK_STATUSES, type EmailCadence, type HelixType, type OpportunityType, type Sector, type SubscriberKind, type WebhookStatus } from '@icn/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/*
 * The response classes spell out the snapshot's parts (SubscriptionSnapshotV1) for the OpenAPI
 * document: a type alias carries no schema, and the console's generated client would type them as
 * empty objects.
 */

export class SubscriberResponse {
  @ApiProperty({ enum: SUBSCRIBER_KINDS }) kind!: SubscriberKind;
  @ApiProperty({ example: 'clean' }) clusterId!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Present exactly when kind is organisation.' }) organisationId?: string;
}

export class MinimumValueResponse {
  @ApiProperty({ example: 100000 }) amount!: number;
  @ApiProperty({ example: 'EUR' }) currency!: string;
}

/** Every list is "any of" (empty: no restriction); all criteria must hold. */
export class SubscriptionFiltersResponse {
  @ApiProperty({ enum: OPPORTUNITY_TYPES, isArray: true }) types!: OpportunityType[];
  @ApiProperty({ enum: SECTORS, isArray: true }) sectors!: Sector[];
  @ApiProperty({ type: [String] }) technologies!: string[];
  @ApiProperty({ type: [String] }) countries!: string[];
  @ApiProperty({ type: [String] }) originClusterIds!: string[];
  @ApiProperty({ enum: HELIX_TYPES, isArray: true }) helixTypes!: HelixType[];
  @ApiProperty({ type: [String] }) keywords!: string[];
  @ApiPropertyOptional({ type: MinimumValueResponse }) minValue?: MinimumValueResponse;
  @ApiPropertyOptional() deadlineWithinDays?: number;
  @ApiPropertyOptional() deadlineAtLeastDays?: number;
}

/** The webhook channel, never with its secret. */
export class WebhookChannelResponse {
  @ApiProperty() url!: string;
  @ApiProperty({ enum: WEBHOOK_STATUSES, description: 'disabled after persistent failure, until re-enabled' }) status!: WebhookStatus;
  @ApiPropertyOptional({ format: 'date-time' }) disabledAt?: string;
  @ApiPropertyOptional() disabledReason?: string;
}

export class EmailPriorityResponse {
  @ApiPropertyOptional() deadlineWithinDays?: number;
  @ApiPropertyOptional() recommendedMinScore?: number;
}

/** E-mail to contacts of the subscribing organisation. */
export class EmailChannelResponse {
  @ApiProperty({ type: [String], format: 'uuid' }) recipients!: string[];
  @ApiProperty({ enum: EMAIL_CADENCES }) cadence!: EmailCadence;
  @ApiProperty({ example: 'Europe/Berlin' }) timeZone!: string;
  @ApiProperty() hour!: number;
  @ApiPropertyOptional({ description: 'ISO weekday (1 = Monday) of a weekly digest' }) weekday?: number;
  @ApiPropertyOptional({ type: EmailPriorityResponse }) priority?: EmailPriorityResponse;
}

export class SubscriptionChannelsResponse {
  @ApiPropertyOptional({ type: WebhookChannelResponse }) webhook?: WebhookChannelResponse;
  @ApiPropertyOptional({ type: EmailChannelResponse }) email?: EmailChannelResponse;
  @ApiProperty({ description: 'Whether the iCalendar feed is on (its URL with the token is returned only when it is turned on).' }) calendar!: boolean;
}

/** A subscription as the API returns it: the event snapshot plus links to its channels. */
export class SubscriptionResponse {
  @ApiProperty({ format: 'uuid' }) subscriptionId!: string;
  @ApiProperty({ type: SubscriberResponse }) subscriber!: SubscriberResponse;
  @ApiProperty() name!: string;
  @ApiProperty({ type: SubscriptionFiltersResponse }) filters!: SubscriptionFiltersResponse;
  @ApiProperty({ type: SubscriptionChannelsResponse }) channels!: SubscriptionChannelsResponse;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ example: '/subscriptions/…/stream' }) streamPath!: string;
  @ApiPropertyOptional({ description: 'Returned once, when a webhook is added (or its secret rotated): whsec_<base64>.' })
  webhookSecret?: string;
  @ApiPropertyOptional({ description: 'Returned once, when the calendar channel is enabled: the calendar URL with its feed token.' })
  calendarPath?: string;
}

export class SubscriptionPageResponse {
  @ApiProperty({ type: [SubscriptionResponse] }) items!: SubscriptionResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}
