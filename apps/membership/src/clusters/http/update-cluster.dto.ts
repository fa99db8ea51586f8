import { IfPresent, NestedObject, Trim, UpperCase } from '@icn/platform';
import { CLUSTER_STATUSES, SECTORS, type ClusterStatus, type Sector } from '@icn/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayUnique, IsArray, IsBoolean, IsIn, IsISO31661Alpha2, IsOptional, IsString, IsUrl, Length } from 'class-validator';
import { HelixCountsDto } from './helix-counts.dto';

/** PATCH /clusters/:id — partial; `null` clears region, city or website. The slug never changes. */
export class UpdateClusterDto {
  @ApiPropertyOptional({ minLength: 2, maxLength: 120 })
  @IfPresent()
  @Trim()
  @IsString()
  @Length(2, 120)
  name?: string;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2' })
  @IfPresent()
  @UpperCase()
  @IsISO31661Alpha2()
  country?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 120 })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 120)
  region?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 120 })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 120)
  city?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uri', nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  website?: string | null;

  @ApiPropertyOptional({ enum: SECTORS, isArray: true })
  @IfPresent()
  @IsArray()
  @ArrayUnique()
  @IsIn(SECTORS, { each: true })
  focusSectors?: Sector[];

  @ApiPropertyOptional({ type: HelixCountsDto })
  @NestedObject(() => HelixCountsDto, { optional: true })
  memberCounts?: HelixCountsDto;

  @ApiPropertyOptional()
  @IfPresent()
  @IsBoolean()
  secretariat?: boolean;

  @ApiPropertyOptional({ enum: CLUSTER_STATUSES, description: 'An inactive cluster accepts no new members.' })
  @IfPresent()
  @IsIn(CLUSTER_STATUSES)
  status?: ClusterStatus;
}
