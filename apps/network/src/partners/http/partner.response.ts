import type { PartnerSnapshotV1 } from '@icn/contracts';
import type { KeysetPage } from '@icn/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class PartnerResponse implements PartnerSnapshotV1 {
  @ApiProperty({ format: 'uuid' }) partnerId!: string;
  @ApiProperty({ example: 'C40 Cities' }) name!: string;
  @ApiPropertyOptional({ type: String }) description?: string;
  @ApiPropertyOptional({ type: String, example: 'https://www.c40.org' }) website?: string;
  @ApiPropertyOptional({ type: String, example: 'GB' }) country?: string;
  @ApiProperty({ format: 'date-time' }) registeredAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: 'integer', description: 'One more with each change.' }) version!: number;
}

export class PartnerPageResponse implements KeysetPage<PartnerResponse> {
  @ApiProperty({ type: [PartnerResponse] }) items!: PartnerResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page.' })
  nextCursor!: string | null;
}
