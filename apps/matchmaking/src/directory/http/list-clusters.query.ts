import { KeysetPageQuery } from '@icn/platform';
import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { CLUSTER_STATUSES, SECTORS, type ClusterStatus, type Sector } from '@icn/contracts';
import { IsIn, IsISO31661Alpha2, IsOptional } from 'class-validator';

export class ClusterFilterQuery {
  @ApiPropertyOptional({ example: 'DK', description: 'ISO 3166-1 alpha-2 country code.' })
  @IsOptional()
  @IsISO31661Alpha2()
  country?: string;

  @ApiPropertyOptional({ enum: SECTORS, description: 'Clusters that list this focus sector.' })
  @IsOptional()
  @IsIn(SECTORS)
  sector?: Sector;

  @ApiPropertyOptional({ enum: CLUSTER_STATUSES })
  @IsOptional()
  @IsIn(CLUSTER_STATUSES)
  status?: ClusterStatus;
}

export class ListClustersQuery extends IntersectionType(ClusterFilterQuery, KeysetPageQuery) {}
