import { IfPresent, NestedObject, Trim, UpperCase } from '@icn/platform';
import { CLUSTER_ID_PATTERN, CLUSTER_STATUSES, SECTORS, type ClusterStatus, type Sector } from '@icn/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayUnique, IsArray, IsBoolean, IsIn, IsISO31661Alpha2, IsString, IsUrl, Length, Matches } from 'class-validator';
import { HelixCountsDto } from './helix-counts.dto';

/** POST /clusters — the secretariat registers a cluster under a slug it chooses (`clean`). */
export class RegisterClusterDto {
  @ApiProperty({ example: 'nordic-edge', pattern: CLUSTER_ID_PATTERN.source })
  @Matches(CLUSTER_ID_PATTERN, { message: 'clusterId must be a lower-case slug such as clean or nordic-edge' })
  clusterId!: string;

  @ApiProperty({ minLength: 2, maxLength: 120, example: 'Nordic Edge' })
  @Trim()
  @IsString()
  @Length(2, 120)
  name!: string;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2', example: 'NO' })
  @UpperCase()
  @IsISO31661Alpha2()
  country!: string;

  @ApiPropertyOptional({ example: 'Rogaland' })
  @IfPresent()
  @Trim()
  @IsString()
  @Length(1, 120)
  region?: string;

  @ApiPropertyOptional({ example: 'Stavanger' })
  @IfPresent()
  @Trim()
  @IsString()
  @Length(1, 120)
  city?: string;

  @ApiPropertyOptional({ example: 'https://www.nordicedge.org' })
  @IfPresent()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  website?: string;

  @ApiPropertyOptional({ enum: SECTORS, isArray: true })
  @IfPresent()
  @IsArray()
  @ArrayUnique()
  @IsIn(SECTORS, { each: true })
  focusSectors?: Sector[];

  @ApiPropertyOptional({ type: HelixCountsDto, description: 'Defaults to zero everywhere.' })
  @NestedObject(() => HelixCountsDto, { optional: true })
  memberCounts?: HelixCountsDto;

  @ApiPropertyOptional({ default: false, description: 'True for the ICN secretariat (CLEAN).' })
  @IfPresent()
  @IsBoolean()
  secretariat?: boolean;

  @ApiPropertyOptional({ enum: CLUSTER_STATUSES, default: 'active' })
  @IfPresent()
  @IsIn(CLUSTER_STATUSES)
  status?: ClusterStatus;
}
