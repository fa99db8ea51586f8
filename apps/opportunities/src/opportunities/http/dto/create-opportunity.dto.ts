import {
  CLUSTER_ID_PATTERN,
  HELIX_TYPES,
  PUBLISHABLE_OPPORTUNITY_TYPES,
  OPPORTUNITY_VISIBILITIES,
  SECTORS,
  TAG_PATTERN,
  type HelixType,
  type PublishableOpportunityType,
  type OpportunityVisibility,
  type Sector,
} from '@icn/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsISO31661Alpha2, IsISO8601, IsString, Length, Matches } from 'class-validator';
import { IfPresent, MultilineText, NestedObject, NestedObjectList, Trim, UpperCaseEach } from '@icn/platform';
import { LinkDto, MoneyDto } from './opportunity-parts.dto';

/**
 * POST /opportunities. Vocabularies and limits are those of OpportunitySnapshotV1, so anything
 * accepted here can be published as an event.
 */
export class CreateOpportunityDto {
  @ApiProperty({ enum: PUBLISHABLE_OPPORTUNITY_TYPES })
  @IsIn(PUBLISHABLE_OPPORTUNITY_TYPES)
  type!: PublishableOpportunityType;

  @ApiProperty({ minLength: 3, maxLength: 200, example: 'Heat pump suppliers for a district heating pilot' })
  @Trim()
  @IsString()
  @Length(3, 200)
  title!: string;

  @ApiProperty({ maxLength: 20000 })
  @Trim()
  @IsString()
  @Length(1, 20000)
  @MultilineText()
  description!: string;

  @ApiPropertyOptional({
    example: 'clean',
    pattern: CLUSTER_ID_PATTERN.source,
    description: "Defaults to the caller's cluster; only the network admin may name another (and must name one).",
  })
  @IfPresent()
  @Matches(CLUSTER_ID_PATTERN, { message: 'originClusterId must be a cluster slug such as clean or nordic-edge' })
  originClusterId?: string;

  @ApiPropertyOptional({ enum: SECTORS, isArray: true })
  @IfPresent()
  @IsArray()
  @IsIn(SECTORS, { each: true })
  @ArrayMaxSize(SECTORS.length)
  sectors?: Sector[];

  @ApiPropertyOptional({ type: [String], example: ['heat-pumps'] })
  @IfPresent()
  @IsArray()
  @Matches(TAG_PATTERN, { each: true, message: 'each technology must be a lower-case kebab-case tag such as heat-pumps' })
  @ArrayMaxSize(50)
  technologies?: string[];

  @ApiPropertyOptional({ type: [String], example: ['DK', 'DE'], description: 'ISO 3166-1 alpha-2; empty means every country.' })
  @IfPresent()
  @IsArray()
  @UpperCaseEach()
  @IsISO31661Alpha2({ each: true })
  @ArrayMaxSize(250)
  targetCountries?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Registered clusters it is meant for; empty: the whole network.' })
  @IfPresent()
  @IsArray()
  @Matches(CLUSTER_ID_PATTERN, { each: true, message: 'each targetClusterIds entry must be a cluster slug' })
  @ArrayMaxSize(200)
  targetClusterIds?: string[];

  @ApiPropertyOptional({ enum: HELIX_TYPES, isArray: true })
  @IfPresent()
  @IsArray()
  @IsIn(HELIX_TYPES, { each: true })
  @ArrayMaxSize(HELIX_TYPES.length)
  targetHelixTypes?: HelixType[];

  @ApiPropertyOptional({ type: MoneyDto })
  @NestedObject(() => MoneyDto, { optional: true })
  value?: MoneyDto;

  @ApiProperty({ format: 'date-time', example: '2026-09-30T12:00:00Z', description: 'Must be in the future.' })
  @IsISO8601({ strict: true })
  deadline!: string;

  @ApiPropertyOptional({ type: [LinkDto] })
  @ArrayMaxSize(20)
  @NestedObjectList(() => LinkDto, { optional: true })
  links?: LinkDto[];

  @ApiPropertyOptional({ enum: OPPORTUNITY_VISIBILITIES, default: 'network' })
  @IfPresent()
  @IsIn(OPPORTUNITY_VISIBILITIES)
  visibility?: OpportunityVisibility;

  @ApiPropertyOptional({ default: false, description: 'Publish right away instead of creating a draft.' })
  @IfPresent()
  @IsBoolean()
  publish?: boolean;
}
