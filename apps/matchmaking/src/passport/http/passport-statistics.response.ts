import { ApiProperty } from '@nestjs/swagger';
import type { ClusterPassportCounts, PassportCounts, PassportStatistics } from '../domain/passport-statistics';

/** How far the year's applications got; an application counts in every stage it reached. */
export class PassportCountsResponse implements PassportCounts {
  @ApiProperty({ type: 'integer' }) submitted!: number;
  @ApiProperty({ type: 'integer' }) accepted!: number;
  @ApiProperty({ type: 'integer' }) declined!: number;
  @ApiProperty({ type: 'integer' }) completed!: number;
  @ApiProperty({ type: 'integer' }) cancelled!: number;
}

export class ClusterPassportCountsResponse extends PassportCountsResponse implements ClusterPassportCounts {
  @ApiProperty({ example: 'clean' }) clusterId!: string;
}

/** The year's applications (attributed to the year they were submitted in), network-wide and per cluster. */
export class PassportStatisticsResponse implements PassportStatistics {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ type: PassportCountsResponse }) network!: PassportCountsResponse;
  @ApiProperty({ type: [ClusterPassportCountsResponse], description: 'By host cluster, in cluster id order.' }) byHostCluster!: ClusterPassportCountsResponse[];
  @ApiProperty({ type: [ClusterPassportCountsResponse], description: 'By the applicants’ home cluster, in cluster id order.' })
  byHomeCluster!: ClusterPassportCountsResponse[];
}
