import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COMPANY_SIZES, HELIX_TYPES, ORGANISATION_STATUSES, SECTORS } from '@icn/contracts';
import { DirectorySyncView } from './directory-sync.view';

export class DirectoryContactView {
  @ApiProperty({ format: 'uuid' }) contactId!: string;
  @ApiProperty() name!: string;
  @ApiPropertyOptional() role?: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiPropertyOptional() phone?: string;
}

export class DirectorySuspensionView {
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'date-time' }) suspendedAt!: string;
}

export class DirectoryDepartureView {
  @ApiPropertyOptional() reason?: string;
  @ApiProperty({ format: 'date-time' }) leftAt!: string;
}

/** A member organisation as the directory shows it to any authenticated network participant (contacts: see the field). */
export class DirectoryOrganisationView {
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty({ example: 'clean' }) clusterId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: HELIX_TYPES }) helixType!: string;
  @ApiPropertyOptional({ enum: COMPANY_SIZES }) companySize?: string;
  @ApiProperty({ example: 'DK' }) country!: string;
  @ApiPropertyOptional() city?: string;
  @ApiPropertyOptional() website?: string;
  @ApiPropertyOptional() description?: string;
  @ApiProperty({ enum: SECTORS, isArray: true }) sectors!: string[];
  @ApiProperty({ type: [String], example: ['heat-pumps'] }) technologies!: string[];
  @ApiProperty({ type: [String] }) offers!: string[];
  @ApiProperty({ type: [String] }) needs!: string[];
  @ApiPropertyOptional({ minimum: 1, maximum: 9 }) trl?: number;
  @ApiPropertyOptional({
    type: [DirectoryContactView],
    description:
      "Sorted by name. Personal data: present only for callers who may read the organisation's cluster (its own cluster's people, the network admin, integrators); the rest of the profile is network-wide.",
  })
  contacts?: DirectoryContactView[];
  @ApiProperty({ enum: ORGANISATION_STATUSES }) status!: string;
  @ApiProperty({ format: 'date-time' }) joinedAt!: string;
  @ApiPropertyOptional({ type: DirectorySuspensionView }) suspension?: DirectorySuspensionView;
  @ApiPropertyOptional({ format: 'date-time' }) reinstatedAt?: string;
  @ApiPropertyOptional({ type: DirectoryDepartureView }) departure?: DirectoryDepartureView;
  @ApiProperty({ type: DirectorySyncView }) sync!: DirectorySyncView;
}

export class DirectoryOrganisationPageView {
  @ApiProperty({ type: [DirectoryOrganisationView] }) items!: DirectoryOrganisationView[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page.' })
  nextCursor!: string | null;
}
