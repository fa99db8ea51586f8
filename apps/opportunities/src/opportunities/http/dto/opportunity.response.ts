import { HELIX_TYPES, OPPORTUNITY_STATUSES, PUBLISHABLE_OPPORTUNITY_TYPES, OPPORTUNITY_VISIBILITIES, SECTORS, type HelixType, type OpportunityStatus, type PublishableOpportunityType, type OpportunityVisibility, type Sector } from '@icn/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LinkDto, MoneyDto } from './opportunity-parts.dto';

export class PublisherResponse {
  @ApiProperty({ description: "The publishing user's subject (JWT sub)." }) subject!: string;
  @ApiPropertyOptional({ format: 'uuid' }) organisationId?: string;
}

/** An opportunity as the API returns it (its search terms are never exposed). */
export class OpportunityResponse {
  @ApiProperty({ format: 'uuid' }) opportunityId!: string;
  @ApiProperty({ enum: PUBLISHABLE_OPPORTUNITY_TYPES }) type!: PublishableOpportunityType;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ example: 'clean' }) originClusterId!: string;
  @ApiProperty({ type: PublisherResponse }) publisher!: PublisherResponse;
  @ApiProperty({ enum: SECTORS, isArray: true }) sectors!: Sector[];
  @ApiProperty({ type: [String] }) technologies!: string[];
  @ApiProperty({ type: [String] }) targetCountries!: string[];
  @ApiProperty({ type: [String] }) targetClusterIds!: string[];
  @ApiProperty({ enum: HELIX_TYPES, isArray: true }) targetHelixTypes!: HelixType[];
  @ApiPropertyOptional({ type: MoneyDto }) value?: MoneyDto;
  @ApiProperty({ format: 'date-time' }) deadline!: string;
  @ApiProperty({ type: [LinkDto] }) links!: LinkDto[];
  @ApiProperty({ enum: OPPORTUNITY_VISIBILITIES }) visibility!: OpportunityVisibility;
  @ApiProperty({ enum: OPPORTUNITY_STATUSES }) status!: OpportunityStatus;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) publishedAt?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'When it was closed, cancelled or expired.' }) endedAt?: string;
  @ApiPropertyOptional() endReason?: string;
  @ApiProperty({ description: 'Aggregate version; the sequence of its latest event.' }) version!: number;
}

export class OpportunityPageResponse {
  @ApiProperty({ type: [OpportunityResponse] }) items!: OpportunityResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page.' })
  nextCursor!: string | null;
}
