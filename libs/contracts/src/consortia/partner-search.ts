// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsISO31661Alpha2, IsString, Length, Matches, Max, Min } from 'class-validator';
import { HELIX_TYPES, SECTORS, TAG_PATTERN, type HelixType, type Sector } from '../vocabulary/vocabulary';

/** The competencies a call wants: what partners should work on. Empty lists mean "no preference". */
export class PartnerSearchCompetenciesV1 {
  @IsArray()
  @IsIn(SECTORS, { each: true })
  @ArrayMaxSize(SECTORS.length)
  sectors!: Sector[];

  @IsArray()
  @Matches(TAG_PATTERN, { each: true })
  @ArrayMaxSize(50)
  technologies!: string[];

  /** Free words or phrases (e.g. "district heating retrofit"), compared with what organisations offer. */
  @IsArray()
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  @ArrayMaxSize(20)
  keywords!: string[];
}

/**
 * What the partnership still lacks against the call's eligibility rules, counted over beneficiaries
 * (see EligibilityRulesV1) at the time of the request. Every count is 0 when nothing is missing.
 */
export class PartnerSearchGapsV1 {
  /** Beneficiaries still needed to reach the call's minimum. */
  @IsInt()
  @Min(0)
  @Max(100)
  partnersMissing!: number;

  /** Distinct countries still needed. */
  @IsInt()
  @Min(0)
  @Max(100)
  countriesMissing!: number;

  /** The countries the beneficiaries already come from: a partner from one of them adds no country. */
  @IsArray()
  @IsISO31661Alpha2({ each: true })
  @ArrayMaxSize(200)
  excludedCountries!: string[];

  /** Required helix types no beneficiary has yet. */
  @IsArray()
  @IsIn(HELIX_TYPES, { each: true })
  @ArrayMaxSize(HELIX_TYPES.length)
  helixTypesMissing!: HelixType[];

  /** SME beneficiaries to add to reach the minimum SME share (if only SMEs were added). */
  @IsInt()
  @Min(0)
  @Max(1000)
  smesMissing!: number;
}

/** What a candidate can close: one more partner, a new country, a missing helix type, the SME share. */
export const PARTNER_GAP_KINDS = ['partners', 'countries', 'helix-type', 'sme-share'] as const;
export type PartnerGapKind = (typeof PARTNER_GAP_KINDS)[number];
