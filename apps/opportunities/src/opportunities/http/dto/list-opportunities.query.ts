import { CLUSTER_ID_PATTERN, OPPORTUNITY_STATUSES, OPPORTUNITY_TYPES, SECTORS, TAG_PATTERN, type OpportunityStatus, type OpportunityType, type Sector } from '@icn/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO31661Alpha2, IsISO8601, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { UpperCaseEach } from '@icn/platform';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** GET /opportunities filters; all optional and combined with AND. */
export class ListOpportunitiesQuery {
  @ApiPropertyOptional({ enum: OPPORTUNITY_TYPES })
  @IsOptional()
  @IsIn(OPPORTUNITY_TYPES)
  type?: OpportunityType;

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

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page.' })
  @IsOptional()
  @IsString()
  cursor?: string;
}
