import { ApiProperty } from '@nestjs/swagger';
import type { ClusterConsortiumCounts, ConsortiumCounts, ConsortiumStatistics } from '../domain/consortium-statistics';

/** The figures of the consortia submitted in a year, by how they ended so far. */
export class ConsortiumCountsResponse implements ConsortiumCounts {
  @ApiProperty({ type: 'integer', description: 'Consortia submitted in the year (whatever happened to them since).' }) submissions!: number;
  @ApiProperty({ type: 'integer' }) granted!: number;
  @ApiProperty({ type: 'integer', description: 'Still waiting on the funder’s reserve list.' }) reserveList!: number;
  @ApiProperty({ type: 'integer' }) rejected!: number;
  @ApiProperty({ type: 'integer' }) withdrawn!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'granted / submissions in percent, one decimal; null without submissions.' })
  successRatePercent!: number | null;
  @ApiProperty({ description: 'EUR granted (for a cluster: the part that went to its own members).' }) eurGranted!: number;
}

/** A cluster's figures: the consortia with at least one member from it. */
export class ClusterConsortiumCountsResponse extends ConsortiumCountsResponse implements ClusterConsortiumCounts {
  @ApiProperty({ example: 'clean' }) clusterId!: string;
}

export class ConsortiumStatisticsResponse implements ConsortiumStatistics {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ type: ConsortiumCountsResponse }) network!: ConsortiumCountsResponse;
  @ApiProperty({ type: [ClusterConsortiumCountsResponse], description: 'In cluster id order; a consortium counts once for each of its clusters.' })
  byCluster!: ClusterConsortiumCountsResponse[];
}
