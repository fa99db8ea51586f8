// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsFiniteNumber } from '../validation/finite-number';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { CLUSTER_ID_PATTERN, HELIX_TYPES, SECTORS, TAG_PATTERN, type HelixType, type Sector } from '../vocabulary/vocabulary';
import {
  CURRENCY_PATTERN,
  OPPORTUNITY_TYPES,
  OPPORTUNITY_VISIBILITIES,
  PUBLISHED_OPPORTUNITY_STATUSES,
  type OpportunityType,
  type OpportunityVisibility,
  type PublishedOpportunityStatus,
} from './opportunity.vocabulary';

/** Who published: the authenticated principal's subject and, for members, their organisation. */
export class OpportunityPublisherV1 {
  @IsString()
  @Length(1, 200)
  subject!: string;

  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

/** An estimated or announced value; `amount` in major units of `currency`. */
export class MoneyV1 {
  // Cents checked by IsFiniteNumber: class-validator's maxDecimalPlaces throws on 1e-7 (a consumer crash, not a rejection).
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsFiniteNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(1e13)
  amount!: number;

  @Matches(CURRENCY_PATTERN)
  currency!: string;
}

export class OpportunityLinkV1 {
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  url!: string;

  @IsOptional()
  @IsString()
  @Length(1, 200)
  label?: string;
}

/**
 * The full published state of an opportunity after a change: consumers replace their copy with it
 * and need no other source. Never describes a draft.
 */
export class OpportunitySnapshotV1 {
  @IsUUID()
  opportunityId!: string;

  @IsIn(OPPORTUNITY_TYPES)
  type!: OpportunityType;

  @IsString()
  @Length(3, 200)
  title!: string;

  @IsString()
  @Length(1, 20000)
  description!: string;

  /** The cluster it is published for (the publisher's own cluster unless a network admin chose). */
  @Matches(CLUSTER_ID_PATTERN)
  originClusterId!: string;

  @ValidateNested()
  @Type(() => OpportunityPublisherV1)
  publisher!: OpportunityPublisherV1;

  @IsArray()
  @IsIn(SECTORS, { each: true })
  @ArrayMaxSize(SECTORS.length)
  sectors!: Sector[];

  @IsArray()
  @Matches(TAG_PATTERN, { each: true })
  @ArrayMaxSize(50)
  technologies!: string[];

  /** Countries it concerns (empty means every country). */
  @IsArray()
  @IsISO31661Alpha2({ each: true })
  @ArrayMaxSize(250)
  targetCountries!: string[];

  /** Clusters it is meant for (empty: the whole network). */
  @IsArray()
  @Matches(CLUSTER_ID_PATTERN, { each: true })
  @ArrayMaxSize(200)
  targetClusterIds!: string[];

  /** Kinds of organisation it is meant for (empty: all). */
  @IsArray()
  @IsIn(HELIX_TYPES, { each: true })
  @ArrayMaxSize(HELIX_TYPES.length)
  targetHelixTypes!: HelixType[];

  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyV1)
  value?: MoneyV1;

  /** When it closes for responses; the service expires it automatically at that instant. */
  @IsISO8601({ strict: true })
  deadline!: string;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => OpportunityLinkV1)
  @ArrayMaxSize(20)
  links!: OpportunityLinkV1[];

  @IsIn(OPPORTUNITY_VISIBILITIES)
  visibility!: OpportunityVisibility;

  @IsIn(PUBLISHED_OPPORTUNITY_STATUSES)
  status!: PublishedOpportunityStatus;

  /** The aggregate version this snapshot describes (equal to the event's `sequence`). */
  @IsInt()
  @Min(1)
  version!: number;

  @IsISO8601({ strict: true })
  createdAt!: string;

  @IsISO8601({ strict: true })
  publishedAt!: string;

  @IsISO8601({ strict: true })
  updatedAt!: string;
}
