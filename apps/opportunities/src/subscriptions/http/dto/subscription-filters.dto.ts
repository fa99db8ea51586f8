import { CURRENCY_PATTERN, HELIX_TYPES, OPPORTUNITY_TYPES, SECTORS, TAG_PATTERN, type HelixType, type OpportunityType, type Sector } from '@icn/contracts';
import { IfPresent, NestedObject, UpperCaseEach } from '@icn/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsISO31661Alpha2, IsNumber, IsString, Length, Matches, Max, Min } from 'class-validator';
import { CLUSTER_ID_PATTERN } from '@icn/contracts';

export class MinimumValueDto {
  @ApiProperty({ example: 100000 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  amount!: number;

  @ApiProperty({ example: 'EUR' })
  @Matches(CURRENCY_PATTERN, { message: 'currency must be an ISO 4217 code such as EUR' })
  currency!: string;
}

/** Every list means "any of" (empty or absent: no restriction); all given criteria must hold. */
export class SubscriptionFiltersDto {
  @ApiPropertyOptional({ enum: OPPORTUNITY_TYPES, isArray: true })
  @IfPresent()
  @IsArray()
  @IsIn(OPPORTUNITY_TYPES, { each: true })
  @ArrayMaxSize(OPPORTUNITY_TYPES.length)
  types?: OpportunityType[];

  @ApiPropertyOptional({ enum: SECTORS, isArray: true })
  @IfPresent()
  @IsArray()
  @IsIn(SECTORS, { each: true })
  @ArrayMaxSize(SECTORS.length)
  sectors?: Sector[];

  @ApiPropertyOptional({ example: ['heat-pumps'] })
  @IfPresent()
  @IsArray()
  @Matches(TAG_PATTERN, { each: true, message: 'each technology must be a lower-case kebab-case tag such as heat-pumps' })
  @ArrayMaxSize(50)
  technologies?: string[];

  @ApiPropertyOptional({ example: ['DK', 'NO'] })
  @IfPresent()
  @UpperCaseEach()
  @IsArray()
  @IsISO31661Alpha2({ each: true })
  @ArrayMaxSize(250)
  countries?: string[];

  @ApiPropertyOptional({ example: ['clean'] })
  @IfPresent()
  @IsArray()
  @Matches(CLUSTER_ID_PATTERN, { each: true, message: 'each originClusterId must be a cluster slug such as clean' })
  @ArrayMaxSize(200)
  originClusterIds?: string[];

  @ApiPropertyOptional({ enum: HELIX_TYPES, isArray: true })
  @IfPresent()
  @IsArray()
  @IsIn(HELIX_TYPES, { each: true })
  @ArrayMaxSize(HELIX_TYPES.length)
  helixTypes?: HelixType[];

  @ApiPropertyOptional({ description: 'Words that must all occur in the title or description.', example: ['hydrogen'] })
  @IfPresent()
  @IsArray()
  @IsString({ each: true })
  @Length(1, 60, { each: true })
  @ArrayMaxSize(20)
  keywords?: string[];

  @ApiPropertyOptional({ type: MinimumValueDto })
  @NestedObject(() => MinimumValueDto, { optional: true })
  minValue?: MinimumValueDto;

  @ApiPropertyOptional({ description: 'Only deadlines at most this many days ahead.', minimum: 1 })
  @IfPresent()
  @IsInt()
  @Min(1)
  @Max(3650)
  deadlineWithinDays?: number;

  @ApiPropertyOptional({ description: 'Only deadlines at least this many days ahead.', minimum: 0 })
  @IfPresent()
  @IsInt()
  @Min(0)
  @Max(3650)
  deadlineAtLeastDays?: number;
}
