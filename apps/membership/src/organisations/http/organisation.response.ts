import { COMPANY_SIZES, HELIX_TYPES, ORGANISATION_STATUSES, SECTORS, type CompanySize, type HelixType, type OrganisationStatus, type Sector } from '@icn/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ContactResponse } from '../../contacts/http/contact.response';

/** An organisation as the API returns it: the aggregate's state. */
export class OrganisationResponse {
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty({ example: 'clean' }) clusterId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: HELIX_TYPES }) helixType!: HelixType;
  @ApiPropertyOptional({ enum: COMPANY_SIZES }) companySize?: CompanySize;
  @ApiProperty({ example: 'DK' }) country!: string;
  @ApiPropertyOptional() city?: string;
  @ApiPropertyOptional() website?: string;
  @ApiPropertyOptional() description?: string;
  @ApiProperty({ enum: SECTORS, isArray: true }) sectors!: Sector[];
  @ApiProperty({ type: [String] }) technologies!: string[];
  @ApiProperty({ type: [String] }) offers!: string[];
  @ApiProperty({ type: [String] }) needs!: string[];
  @ApiPropertyOptional({ minimum: 1, maximum: 9 }) trl?: number;
  @ApiPropertyOptional({
    type: [ContactResponse],
    description: "Personal data: present only for callers who may read the organisation's cluster (its own cluster's people, the network admin, integrators).",
  })
  contacts?: ContactResponse[];
  @ApiProperty({ enum: ORGANISATION_STATUSES }) status!: OrganisationStatus;
  @ApiProperty({ format: 'date-time' }) joinedAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) suspendedAt?: string;
  @ApiPropertyOptional() suspensionReason?: string;
  @ApiPropertyOptional({ format: 'date-time' }) leftAt?: string;
  @ApiPropertyOptional() leftReason?: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ description: 'Aggregate version; the sequence of its latest event.' }) version!: number;
}

export class OrganisationPageResponse {
  @ApiProperty({ type: [OrganisationResponse] }) items!: OrganisationResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page.' })
  nextCursor!: string | null;
}
