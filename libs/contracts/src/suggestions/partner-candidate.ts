// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsISO31661Alpha2, IsNumber, IsOptional, IsString, IsUUID, Length, Matches, Min, ValidateNested } from 'class-validator';
import { PARTNER_GAP_KINDS, type PartnerGapKind } from '../consortia/partner-search';
import { CLUSTER_ID_PATTERN, HELIX_TYPES, type HelixType } from '../vocabulary/vocabulary';
import { MatchReasonV1 } from './match-reason';

/** A gap of the request that a candidate closes on its own: `value` names the country or helix type. */
export class ClosedGapV1 {
  @IsIn(PARTNER_GAP_KINDS)
  kind!: PartnerGapKind;

  @IsOptional()
  @IsString()
  @Length(1, 60)
  value?: string;
}

/** One organisation matchmaking proposes as a consortium partner, with what it brings. */
export class PartnerCandidateV1 {
  @IsUUID()
  organisationId!: string;

  @IsString()
  @Length(1, 200)
  name!: string;

  @Matches(CLUSTER_ID_PATTERN)
  clusterId!: string;

  @IsISO31661Alpha2()
  country!: string;

  @IsIn(HELIX_TYPES)
  helixType!: HelixType;

  /** A company of SME size. */
  @IsBoolean()
  sme!: boolean;

  /** 1 for the best candidate. */
  @IsInt()
  @Min(1)
  rank!: number;

  @IsNumber()
  @Min(0)
  score!: number;

  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ClosedGapV1)
  closes!: ClosedGapV1[];

  /** Why it scores what it does; the contributions add up to the score. */
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => MatchReasonV1)
  reasons!: MatchReasonV1[];
}
