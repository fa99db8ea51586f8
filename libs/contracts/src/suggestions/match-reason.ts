// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { ArrayMaxSize, IsArray, IsIn, IsNumber, IsOptional, IsString, Length, Min } from 'class-validator';

/** What a match can rest on. Closed list: adding a kind is backward compatible, removing one is not. */
export const MATCH_REASON_KINDS = ['sector', 'technology', 'offer-need', 'country', 'helix', 'cluster', 'outcome-feedback'] as const;
export type MatchReasonKind = (typeof MATCH_REASON_KINDS)[number];

/**
 * One reason behind a match score, as matchmaking explains it: what matched, the weight applied and
 * what it added. Additive reasons carry `weight`; outcome feedback multiplies the score and carries
 * `factor` instead. The contributions add up to the score, so a receiver can show the arithmetic.
 */
export class MatchReasonV1 {
  @IsIn(MATCH_REASON_KINDS)
  kind!: MatchReasonKind;

  /** Which rule of the kind applied, e.g. `targeted-country`, `helix-complementarity`, `track-record`. */
  @IsOptional()
  @IsString()
  @Length(1, 60)
  rule?: string;

  /** The matched values: the sector, technology, country, helix pair, or the offer/need terms both texts share. */
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 500, { each: true })
  matched!: string[];

  /** One sentence for people, e.g. `offer "heat pump retrofits" (org A) answers need "retrofit of heat pumps" (org B)`. */
  @IsString()
  @Length(1, 1000)
  summary!: string;

  @IsOptional()
  @IsNumber()
  @Min(0)
  weight?: number;

  @IsOptional()
  @IsNumber()
  @Min(0)
  factor?: number;

  /** What this reason added to the score (negative for a factor below 1). */
  @IsNumber()
  contribution!: number;
}
