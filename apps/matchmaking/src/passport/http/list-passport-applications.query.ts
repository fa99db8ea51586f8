import { CLUSTER_ID_PATTERN, PASSPORT_STATUSES, type PassportStatus } from '@icn/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

export const DEFAULT_APPLICATION_PAGE_SIZE = 20;
export const MAX_APPLICATION_PAGE_SIZE = 100;

/** Filters (combined with AND, within what the caller may see) and cursor pagination. */
export class ListPassportApplicationsQuery {
  @ApiPropertyOptional({ example: 'tweed', description: 'Only visits to this host cluster.' })
  @IsOptional()
  @Matches(CLUSTER_ID_PATTERN, { message: 'hostClusterId must be a cluster id such as clean or nordic-edge' })
  hostClusterId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only this applicant organisation’s applications.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({ enum: PASSPORT_STATUSES })
  @IsOptional()
  @IsIn(PASSPORT_STATUSES)
  status?: PassportStatus;

  @ApiPropertyOptional({ example: 2026, description: 'Submitted in this calendar year (UTC), as in the statistics.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page; absent for the first page.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_APPLICATION_PAGE_SIZE, default: DEFAULT_APPLICATION_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_APPLICATION_PAGE_SIZE)
  limit?: number;
}
