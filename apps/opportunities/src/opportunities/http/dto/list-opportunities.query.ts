import { CLUSTER_ID_PATTERN, OPPORTUNITY_STATUSES, PUBLISHABLE_OPPORTUNITY_TYPES, SECTORS, TAG_PATTERN, type OpportunityStatus, type PublishableOpportunityType, type Sector } from '@icn/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO31661Alpha2, IsISO8601, IsOptional, IsString, Length, Matches } from 'class-validator';
import { KeysetPageQuery, UpperCaseEach } from '@icn/platform';

/** GET /opportunities filters; all optional and combined with AND. */
export class ListOpportunitiesQuery extends KeysetPageQuery {
  @ApiPropertyOptional({ enum: PUBLISHABLE_OPPORTUNITY_TYPES })
  @IsOptional()
  @IsIn(PUBLISHABLE_OPPORTUNITY_TYPES)
  type?: PublishableOpportunityType;

  @ApiPropertyOptional({ enum: SECTORS })
  @IsOptional()
  @IsIn(SECTORS)
  sector?: Sector;

  @ApiPropertyOptional({ example: 'heat-pumps' })
  @IsOptional()
  @Matches(TAG_PATTERN, { message: 'technology must be a lower-case kebab-case tag such as heat-pumps' })
  technology?: string;

  @ApiPropertyOptional({ example: 'DE', description: 'Opportunities that target this country.' })
  @IsOptional()
  @UpperCaseEach()
  @IsISO31661Alpha2()
  country?: string;

  @ApiPropertyOptional({ example: 'clean' })
  @IsOptional()
  @Matches(CLUSTER_ID_PATTERN, { message: 'originClusterId must be a cluster slug such as clean or nordic-edge' })
  originClusterId?: string;

  @ApiPropertyOptional({ enum: OPPORTUNITY_STATUSES, description: 'Exact lifecycle status.' })
  @IsOptional()
  @IsIn(OPPORTUNITY_STATUSES)
  status?: OpportunityStatus;

  @ApiPropertyOptional({ enum: ['open', 'closed'], description: 'open: published; closed: closed, cancelled or expired.' })
  @IsOptional()
  @IsIn(['open', 'closed'])
  state?: 'open' | 'closed';

  @ApiPropertyOptional({ format: 'date-time', description: 'Deadline at or after this instant.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  deadlineFrom?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Deadline at or before this instant.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  deadlineTo?: string;

  @ApiPropertyOptional({
    example: 'heat pumps',
    description: 'Words that must all appear in the title or description (case, accents and simple plurals ignored).',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  q?: string;
}
