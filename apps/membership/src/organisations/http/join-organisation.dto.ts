import { IfPresent, MultilineText, NestedObjectList, Trim, UpperCase } from '@icn/platform';
import {
  CLUSTER_ID_PATTERN,
  COMPANY_SIZES,
  HELIX_TYPES,
  SECTORS,
  TAG_PATTERN,
  type CompanySize,
  type HelixType,
  type Sector,
} from '@icn/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsISO31661Alpha2, IsString, IsUrl, Length, Matches, Max, Min } from 'class-validator';
import { AddContactDto } from '../../contacts/http/add-contact.dto';
import { IsCompanySizeConsistent } from './company-size.validator';

/**
 * POST /organisations — an organisation joins a cluster. Vocabularies and limits are those of
 * OrganisationSnapshotV1, so anything accepted here can be published as OrganisationJoined.
 */
export class JoinOrganisationDto {
  @ApiProperty({ example: 'clean', pattern: CLUSTER_ID_PATTERN.source })
  @Matches(CLUSTER_ID_PATTERN, { message: 'clusterId must be a cluster slug such as clean or nordic-edge' })
  clusterId!: string;

  @ApiProperty({ minLength: 2, maxLength: 200, example: 'Aalborg Heat Solutions ApS' })
  @Trim()
  @IsString()
  @Length(2, 200)
  name!: string;

  @ApiProperty({ enum: HELIX_TYPES })
  @IsIn(HELIX_TYPES)
  helixType!: HelixType;

  @ApiPropertyOptional({ enum: COMPANY_SIZES, description: 'Required when helixType is company, forbidden otherwise.' })
  @IsCompanySizeConsistent()
  companySize?: CompanySize;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2', example: 'DK' })
  @UpperCase()
  @IsISO31661Alpha2()
  country!: string;

  @ApiPropertyOptional({ maxLength: 120, example: 'Aalborg' })
  @IfPresent()
  @Trim()
  @IsString()
  @Length(1, 120)
  city?: string;

  @ApiPropertyOptional({ example: 'https://example.org' })
  @IfPresent()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  website?: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IfPresent()
  @IsString()
  @Length(0, 4000)
  @MultilineText()
  description?: string;

  @ApiPropertyOptional({ enum: SECTORS, isArray: true })
  @IfPresent()
  @IsArray()
  @ArrayUnique()
  @IsIn(SECTORS, { each: true })
  sectors?: Sector[];

  @ApiPropertyOptional({ type: [String], example: ['heat-pumps'], description: 'kebab-case tags' })
  @IfPresent()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(50)
  @Matches(TAG_PATTERN, { each: true, message: 'each technology must be a lower-case kebab-case tag such as heat-pumps' })
  technologies?: string[];

  @ApiPropertyOptional({ type: [String], description: 'What the organisation provides to others.' })
  @IfPresent()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  offers?: string[];

  @ApiPropertyOptional({ type: [String], description: 'What the organisation is looking for.' })
  @IfPresent()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  needs?: string[];

  @ApiPropertyOptional({ minimum: 1, maximum: 9, description: 'Technology readiness level of the main offer.' })
  @IfPresent()
  @IsInt()
  @Min(1)
  @Max(9)
  trl?: number;

  @ApiPropertyOptional({ type: [AddContactDto] })
  @NestedObjectList(() => AddContactDto, { optional: true })
  @ArrayMaxSize(50)
  contacts?: AddContactDto[];
}
