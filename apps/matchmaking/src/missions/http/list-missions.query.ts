import { KeysetPageQuery } from '@icn/platform';
import { CLUSTER_ID_PATTERN, MISSION_STATUSES, type MissionStatus } from '@icn/contracts';
import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';

export class MissionFilterQuery {
  @ApiPropertyOptional({ enum: MISSION_STATUSES })
  @IsOptional()
  @IsIn(MISSION_STATUSES)
  status?: MissionStatus;

  @ApiPropertyOptional({ example: 'nyc-cleantech', description: 'Missions hosted by this cluster.' })
  @IsOptional()
  @Matches(CLUSTER_ID_PATTERN)
  hostClusterId?: string;
}

/** Filters plus the directory's cursor pagination (`cursor`, `limit`). */
export class ListMissionsQuery extends IntersectionType(MissionFilterQuery, KeysetPageQuery) {}
