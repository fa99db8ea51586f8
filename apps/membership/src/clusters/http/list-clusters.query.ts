import { KeysetPageQuery, UpperCase } from '@icn/platform';
import { CLUSTER_STATUSES, SECTORS, type ClusterStatus, type Sector } from '@icn/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO31661Alpha2, IsOptional } from 'class-validator';

export class ListClustersQuery extends KeysetPageQuery {
  @ApiPropertyOptional({ example: 'DK' })
  @IsOptional()
  @UpperCase()
  @IsISO31661Alpha2()
  country?: string;

  @ApiPropertyOptional({ enum: CLUSTER_STATUSES })
  @IsOptional()
  @IsIn(CLUSTER_STATUSES)
  status?: ClusterStatus;

  @ApiPropertyOptional({ enum: SECTORS, description: 'Clusters with this focus sector.' })
  @IsOptional()
  @IsIn(SECTORS)
  sector?: Sector;
}
