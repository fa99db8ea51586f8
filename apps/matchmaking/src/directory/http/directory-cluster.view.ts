import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CLUSTER_STATUSES, SECTORS } from '@icn/contracts';
import { DirectorySyncView } from './directory-sync.view';

export class HelixCountsView {
  @ApiProperty() companies!: number;
  @ApiProperty() publicAuthorities!: number;
  @ApiProperty() researchInstitutions!: number;
  @ApiProperty() other!: number;
}

export class DirectoryClusterView {
  @ApiProperty({ example: 'clean' }) clusterId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'DK' }) country!: string;
  @ApiPropertyOptional() region?: string;
  @ApiPropertyOptional() city?: string;
  @ApiPropertyOptional() website?: string;
  @ApiProperty({ enum: SECTORS, isArray: true }) focusSectors!: string[];
  @ApiProperty({ type: HelixCountsView, description: 'As reported by the cluster.' }) memberCounts!: HelixCountsView;
  @ApiProperty() secretariat!: boolean;
  @ApiProperty({ enum: CLUSTER_STATUSES }) status!: string;
  @ApiProperty({ type: DirectorySyncView }) sync!: DirectorySyncView;
}

export class DirectoryClusterPageView {
  @ApiProperty({ type: [DirectoryClusterView] }) items!: DirectoryClusterView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}
