import {
  PASSPORT_PARTIES,
  PASSPORT_SERVICES,
  PASSPORT_STATUSES,
  type PassportApplicationSnapshotV1,
  type PassportKeyContactV1,
  type PassportLeadV1,
  type PassportParty,
  type PassportService,
  type PassportStatus,
  type PassportVisitReportV1,
} from '@icn/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { PassportApplicationPage } from './passport-application-page';

export class PassportKeyContactResponse implements PassportKeyContactV1 {
  @ApiProperty() name!: string;
  @ApiProperty() organisation!: string;
  @ApiProperty({ format: 'email' }) email!: string;
}

export class PassportLeadResponse implements PassportLeadV1 {
  @ApiProperty() organisationName!: string;
  @ApiProperty() note!: string;
}

export class PassportVisitReportResponse implements PassportVisitReportV1 {
  @ApiProperty({ type: 'integer', minimum: 0 }) meetingsHeld!: number;
  @ApiProperty({ type: [PassportLeadResponse], description: 'Business or project leads that came out of the visit.' }) leads!: PassportLeadResponse[];
}

/** A Passport application as the API returns it: the snapshot its events carry (desk reservations stay internal). */
export class PassportApplicationResponse implements PassportApplicationSnapshotV1 {
  @ApiProperty({ format: 'uuid' }) applicationId!: string;
  @ApiProperty({ format: 'uuid', description: 'The applicant organisation.' }) organisationId!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty({ example: 'clean', description: 'The applicant’s cluster.' }) homeClusterId!: string;
  @ApiProperty({ example: 'tweed' }) hostClusterId!: string;
  @ApiProperty({ example: 'DE', description: 'The market the applicant wants to enter (ISO 3166-1 alpha-2).' }) targetCountry!: string;
  @ApiProperty() purpose!: string;
  @ApiProperty({ format: 'date', description: 'First day of the stay (inclusive).' }) from!: string;
  @ApiProperty({ format: 'date', description: 'Last day of the stay (inclusive).' }) to!: string;
  @ApiProperty({ enum: PASSPORT_SERVICES, isArray: true }) services!: PassportService[];
  @ApiProperty({ enum: PASSPORT_STATUSES }) status!: PassportStatus;
  @ApiProperty({ description: 'The subject that submitted it (a member or its cluster manager).' }) submittedBy!: string;
  @ApiProperty({ type: [PassportKeyContactResponse], description: 'People at the host side the visitor should meet (set on acceptance).' })
  keyContacts!: PassportKeyContactResponse[];
  @ApiPropertyOptional() declineReason?: string;
  @ApiPropertyOptional({ enum: PASSPORT_PARTIES }) cancelledBy?: PassportParty;
  @ApiPropertyOptional() cancellationReason?: string;
  @ApiPropertyOptional({ type: PassportVisitReportResponse, description: 'Filed when the application is completed.' }) report?: PassportVisitReportResponse;
  @ApiProperty({ description: 'Aggregate version; the sequence of its latest event.' }) version!: number;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) acceptedAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) declinedAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) scheduledAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) completedAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) cancelledAt?: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

/** A page of GET /passport/applications, shaped like every list of the platform. */
export class PassportApplicationPageResponse implements PassportApplicationPage {
  @ApiProperty({ type: [PassportApplicationResponse] }) items!: PassportApplicationResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page.' })
  nextCursor!: string | null;
}
