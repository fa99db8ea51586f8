// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { CLUSTER_ID_PATTERN } from '../vocabulary/vocabulary';
import {
  CALENDAR_DATE_PATTERN,
  PASSPORT_PARTIES,
  PASSPORT_SERVICES,
  PASSPORT_STATUSES,
  type PassportParty,
  type PassportService,
  type PassportStatus,
} from './passport.vocabulary';

/** A person at the host side the visitor should meet. */
export class PassportKeyContactV1 {
  @IsString()
  @Length(1, 200)
  name!: string;

  @IsString()
  @Length(1, 200)
  organisation!: string;

  @IsEmail()
  @Length(3, 320)
  email!: string;
}

/** A business or project lead that came out of the visit. */
export class PassportLeadV1 {
  @IsString()
  @Length(1, 200)
  organisationName!: string;

  @IsString()
  @Length(1, 2000)
  note!: string;
}

/** What the visit produced, filed when the application is completed. */
export class PassportVisitReportV1 {
  @IsInt()
  @Min(0)
  @Max(10000)
  meetingsHeld!: number;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => PassportLeadV1)
  @ArrayMaxSize(200)
  leads!: PassportLeadV1[];
}

/**
 * The full state of a Passport application after a change: consumers (a cluster CRM, the yearly
 * report) replace their copy with it and need no other source.
 */
export class PassportApplicationSnapshotV1 {
  @IsUUID()
  applicationId!: string;

  /** The applicant organisation (a member of the home cluster). */
  @IsUUID()
  organisationId!: string;

  @IsString()
  @Length(1, 200)
  organisationName!: string;

  @Matches(CLUSTER_ID_PATTERN)
  homeClusterId!: string;

  @Matches(CLUSTER_ID_PATTERN)
  hostClusterId!: string;

  /** The market the applicant wants to enter (ISO 3166-1 alpha-2). */
  @IsISO31661Alpha2()
  targetCountry!: string;

  @IsString()
  @Length(1, 2000)
  purpose!: string;

  /** First day of the stay (inclusive, YYYY-MM-DD). */
  @Matches(CALENDAR_DATE_PATTERN)
  from!: string;

  /** Last day of the stay (inclusive, YYYY-MM-DD). */
  @Matches(CALENDAR_DATE_PATTERN)
  to!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(PASSPORT_SERVICES.length)
  @IsIn(PASSPORT_SERVICES, { each: true })
  services!: PassportService[];

  @IsIn(PASSPORT_STATUSES)
  status!: PassportStatus;

  /** The authenticated subject that submitted it (a member or its cluster manager). */
  @IsString()
  @Length(1, 200)
  submittedBy!: string;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => PassportKeyContactV1)
  @ArrayMaxSize(50)
  keyContacts!: PassportKeyContactV1[];

  @IsOptional()
  @IsString()
  @Length(1, 500)
  declineReason?: string;

  @IsOptional()
  @IsIn(PASSPORT_PARTIES)
  cancelledBy?: PassportParty;

  @IsOptional()
  @IsString()
  @Length(1, 500)
  cancellationReason?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => PassportVisitReportV1)
  report?: PassportVisitReportV1;

  /** The aggregate version this snapshot describes (equal to the event's `sequence`). */
  @IsInt()
  @Min(1)
  version!: number;

  @IsISO8601({ strict: true })
  submittedAt!: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  acceptedAt?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  declinedAt?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  scheduledAt?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  completedAt?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  cancelledAt?: string;

  @IsISO8601({ strict: true })
  updatedAt!: string;
}
