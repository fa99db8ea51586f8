import { KeysetPageQuery } from '@icn/platform';
import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import {
  CLUSTER_ID_PATTERN,
  HELIX_TYPES,
  ORGANISATION_STATUSES,
  SECTORS,
  TAG_PATTERN,
  type HelixType,
  type OrganisationStatus,
  type Sector,
} from '@icn/contracts';
import { IsIn, IsISO31661Alpha2, IsOptional, Matches } from 'class-validator';

/** Filters of GET /directory/organisations (and /count); all optional, combined with AND. */
export class OrganisationFilterQuery {
  @ApiPropertyOptional({ example: 'clean', description: 'Only members of this cluster.' })
  @IsOptional()
  @Matches(CLUSTER_ID_PATTERN, { message: 'must be a cluster id such as clean or nordic-edge' })
  clusterId?: string;

  @ApiPropertyOptional({ example: 'DK', description: 'ISO 3166-1 alpha-2 country code.' })
  @IsOptional()
  @IsISO31661Alpha2()
  country?: string;

  @ApiPropertyOptional({ enum: SECTORS, description: 'Organisations active in this sector.' })
  @IsOptional()
  @IsIn(SECTORS)
  sector?: Sector;

  @ApiPropertyOptional({ example: 'heat-pumps', description: 'Organisations listing this technology tag.' })
  @IsOptional()
  @Matches(TAG_PATTERN, { message: 'must be a lowercase kebab-case tag such as heat-pumps' })
  technology?: string;

  @ApiPropertyOptional({ enum: HELIX_TYPES })
  @IsOptional()
  @IsIn(HELIX_TYPES)
  helixType?: HelixType;

  @ApiPropertyOptional({ enum: ORGANISATION_STATUSES, description: 'Membership status; all statuses when absent.' })
  @IsOptional()
  @IsIn(ORGANISATION_STATUSES)
  status?: OrganisationStatus;
}

/** Mapped type: keeps both classes' validation and OpenAPI metadata without repeating them. */
export class ListOrganisationsQuery extends IntersectionType(OrganisationFilterQuery, KeysetPageQuery) {}
