// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import { CLUSTER_ID_PATTERN, CLUSTER_STATUSES, SECTORS, type ClusterStatus, type Sector } from '../vocabulary/vocabulary';

/** Member counts of a cluster by triple-helix type, as the cluster reports them. */
export class HelixCountsV1 {
  @IsInt()
  @Min(0)
  companies!: number;

  @IsInt()
  @Min(0)
  publicAuthorities!: number;

  @IsInt()
  @Min(0)
  researchInstitutions!: number;

  @IsInt()
  @Min(0)
  other!: number;
}

/** The full state of a cluster after a change: consumers replace their copy with it. */
export class ClusterSnapshotV1 {
  @Matches(CLUSTER_ID_PATTERN)
  clusterId!: string;

  @IsString()
  @Length(2, 120)
  name!: string;

  @IsISO31661Alpha2()
  country!: string;

  @IsOptional()
  @IsString()
  @Length(1, 120)
  region?: string;

  @IsOptional()
  @IsString()
  @Length(1, 120)
  city?: string;

  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  website?: string;

  @IsArray()
  @IsIn(SECTORS, { each: true })
  @ArrayMaxSize(SECTORS.length)
  focusSectors!: Sector[];

  @ValidateNested()
  @Type(() => HelixCountsV1)
  memberCounts!: HelixCountsV1;

  @IsBoolean()
  secretariat!: boolean;

  @IsIn(CLUSTER_STATUSES)
  status!: ClusterStatus;
}
