import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { SubscriptionSnapshotV1 } from '@icn/contracts';

/** A subscription as the API returns it: the event snapshot plus links to its channels. */
export class SubscriptionResponse {
  @ApiProperty() subscriptionId!: string;
  @ApiProperty({ description: '{kind, clusterId, organisationId?}' }) subscriber!: SubscriptionSnapshotV1['subscriber'];
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'types, sectors, technologies, countries, originClusterIds, helixTypes, keywords, minValue, deadline window' })
  filters!: SubscriptionSnapshotV1['filters'];
  @ApiProperty({ description: '{webhook?: {url, status, disabledAt?, disabledReason?}, calendar}' }) channels!: SubscriptionSnapshotV1['channels'];
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
