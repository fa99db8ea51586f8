import { KeysetPageQuery, UpperCase } from '@icn/platform';
import { CLUSTER_ID_PATTERN, COMPANY_SIZES, HELIX_TYPES, ORGANISATION_STATUSES, SECTORS, TAG_PATTERN, type CompanySize, type HelixType, type OrganisationStatus, type Sector } from '@icn/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO31661Alpha2, IsOptional, IsString, Length, Matches } from 'class-validator';

/** GET /organisations filters; all optional and combined with AND. */
export class ListOrganisationsQuery extends KeysetPageQuery {
  @ApiPropertyOptional({ example: 'clean' })
  @IsOptional()
  @Matches(CLUSTER_ID_PATTERN, { message: 'clusterId must be a cluster slug such as clean or nordic-edge' })
  clusterId?: string;

  @ApiPropertyOptional({ enum: HELIX_TYPES })
  @IsOptional()
  @IsIn(HELIX_TYPES)
  helixType?: HelixType;

  @ApiPropertyOptional({ enum: COMPANY_SIZES })
  @IsOptional()
  @IsIn(COMPANY_SIZES)
  companySize?: CompanySize;

  @ApiPropertyOptional({ example: 'NO' })
  @IsOptional()
  @UpperCase()
  @IsISO31661Alpha2()
  country?: string;

  @ApiPropertyOptional({ enum: SECTORS })
  @IsOptional()
  @IsIn(SECTORS)
  sector?: Sector;

  @ApiPropertyOptional({ example: 'heat-pumps' })
  @IsOptional()
  @Matches(TAG_PATTERN, { message: 'technology must be a lower-case kebab-case tag such as heat-pumps' })
  technology?: string;

  @ApiPropertyOptional({ enum: ORGANISATION_STATUSES })
  @IsOptional()
  @IsIn(ORGANISATION_STATUSES)
  status?: OrganisationStatus;

  @ApiPropertyOptional({ description: 'Case-insensitive substring of the name.', example: 'heat' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  name?: string;
}
