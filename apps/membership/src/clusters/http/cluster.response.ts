import { CLUSTER_STATUSES, SECTORS, type ClusterStatus, type Sector } from '@icn/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { HelixCountsDto } from './helix-counts.dto';

export class ClusterResponse {
  @ApiProperty({ example: 'clean' }) clusterId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'DK' }) country!: string;
  @ApiPropertyOptional() region?: string;
  @ApiPropertyOptional() city?: string;
  @ApiPropertyOptional() website?: string;
  @ApiProperty({ enum: SECTORS, isArray: true }) focusSectors!: Sector[];
  @ApiProperty({ type: HelixCountsDto }) memberCounts!: HelixCountsDto;
  @ApiProperty() secretariat!: boolean;
  @ApiProperty({ enum: CLUSTER_STATUSES }) status!: ClusterStatus;
  @ApiProperty({ format: 'date-time' }) registeredAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty() version!: number;
}

export class ClusterPageResponse {
  @ApiProperty({ type: [ClusterResponse] }) items!: ClusterResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}
