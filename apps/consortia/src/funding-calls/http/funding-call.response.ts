import {
  HELIX_TYPES,
  PUBLISHABLE_OPPORTUNITY_TYPES,
  OPPORTUNITY_VISIBILITIES,
  PUBLISHED_OPPORTUNITY_STATUSES,
  SECTORS,
  type HelixType,
  type MoneyV1,
  type OpportunityLinkV1,
  type OpportunityPublisherV1,
  type OpportunitySnapshotV1,
  type OpportunityType,
  type OpportunityVisibility,
  type PublishedOpportunityStatus,
  type Sector,
} from '@icn/contracts';
import type { KeysetPage } from '@icn/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FundingCallPublisherResponse implements OpportunityPublisherV1 {
  @ApiProperty({ description: 'The publishing user’s subject.' }) subject!: string;
  @ApiPropertyOptional({ format: 'uuid' }) organisationId?: string;
}

/** An estimated or announced value, in major units of the currency. */
export class FundingCallMoneyResponse implements MoneyV1 {
  @ApiProperty({ minimum: 0 }) amount!: number;
  @ApiProperty({ example: 'EUR', description: 'ISO 4217.' }) currency!: string;
}

export class FundingCallLinkResponse implements OpportunityLinkV1 {
  @ApiProperty({ format: 'uri' }) url!: string;
  @ApiPropertyOptional() label?: string;
}

/**
 * A funding call as consortia last heard of it: the published snapshot of a `funding-call`
 * opportunity, as the opportunities service's events carry it.
 */
export class FundingCallResponse implements OpportunitySnapshotV1 {
  @ApiProperty({ format: 'uuid' }) opportunityId!: string;
  // The opportunity topic only carries publishable types (partner-programme is notification-only, ADR 23).
  @ApiProperty({ enum: PUBLISHABLE_OPPORTUNITY_TYPES, description: 'Always funding-call here.' }) type!: OpportunityType;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ example: 'clean', description: 'The cluster it is published for.' }) originClusterId!: string;
  @ApiProperty({ type: FundingCallPublisherResponse }) publisher!: FundingCallPublisherResponse;
  @ApiProperty({ enum: SECTORS, isArray: true }) sectors!: Sector[];
  @ApiProperty({ type: [String] }) technologies!: string[];
  @ApiProperty({ type: [String], description: 'Countries it concerns (empty: every country).' }) targetCountries!: string[];
  @ApiProperty({ type: [String], description: 'Clusters it is meant for (empty: the whole network).' }) targetClusterIds!: string[];
  @ApiProperty({ enum: HELIX_TYPES, isArray: true, description: 'Kinds of organisation it is meant for (empty: all).' }) targetHelixTypes!: HelixType[];
  @ApiPropertyOptional({ type: FundingCallMoneyResponse }) value?: FundingCallMoneyResponse;
  @ApiProperty({ format: 'date-time', description: 'When it closes for applications.' }) deadline!: string;
  @ApiProperty({ type: [FundingCallLinkResponse] }) links!: FundingCallLinkResponse[];
  @ApiProperty({ enum: OPPORTUNITY_VISIBILITIES }) visibility!: OpportunityVisibility;
  @ApiProperty({ enum: PUBLISHED_OPPORTUNITY_STATUSES }) status!: PublishedOpportunityStatus;
  @ApiProperty({ description: 'The opportunity’s version; the sequence of its latest event.' }) version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) publishedAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

/** A page of funding calls, soonest deadline first. */
export class FundingCallPageResponse implements KeysetPage<FundingCallResponse> {
  @ApiProperty({ type: [FundingCallResponse] }) items!: FundingCallResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page.' })
  nextCursor!: string | null;
}
