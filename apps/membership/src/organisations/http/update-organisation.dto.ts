import { IfPresent, MultilineText, Trim, UpperCase } from '@icn/platform';
import { COMPANY_SIZES, HELIX_TYPES, SECTORS, TAG_PATTERN, type CompanySize, type HelixType, type Sector } from '@icn/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsISO31661Alpha2, IsOptional, IsString, IsUrl, Length, Matches, Max, Min } from 'class-validator';

/**
 * PATCH /organisations/:id — partial profile. A present field replaces the value; `null` clears an
 * optional one (companySize, city, website, description, trl). Cluster, status and contacts have
 * their own endpoints. The company/size rule is checked on the resulting profile by the domain.
 */
export class UpdateOrganisationDto {
  @ApiPropertyOptional({ minLength: 2, maxLength: 200 })
  @IfPresent()
  @Trim()
  @IsString()
  @Length(2, 200)
  name?: string;

  @ApiPropertyOptional({ enum: HELIX_TYPES })
  @IfPresent()
  @IsIn(HELIX_TYPES)
  helixType?: HelixType;

  @ApiPropertyOptional({ enum: COMPANY_SIZES, nullable: true })
  @IsOptional()
  @IsIn(COMPANY_SIZES)
  companySize?: CompanySize | null;

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
  city?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uri', nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  website?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 4000 })
  @IsOptional()
  @IsString()
  @Length(0, 4000)
  @MultilineText()
  description?: string | null;

  @ApiPropertyOptional({ enum: SECTORS, isArray: true })
  @IfPresent()
  @IsArray()
  @ArrayUnique()
  @IsIn(SECTORS, { each: true })
  sectors?: Sector[];

  @ApiPropertyOptional({ type: [String] })
  @IfPresent()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(50)
  @Matches(TAG_PATTERN, { each: true, message: 'each technology must be a lower-case kebab-case tag such as heat-pumps' })
  technologies?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IfPresent()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  offers?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IfPresent()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  needs?: string[];

  @ApiPropertyOptional({ type: 'integer', nullable: true, minimum: 1, maximum: 9 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  trl?: number | null;
}
