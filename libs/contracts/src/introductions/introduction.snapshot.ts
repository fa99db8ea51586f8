// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Min, ValidateNested } from 'class-validator';
import { CLUSTER_ID_PATTERN } from '../vocabulary/vocabulary';
import {
  INTRODUCTION_OUTCOMES,
  INTRODUCTION_PURPOSES,
  INTRODUCTION_STATUSES,
  type IntroductionOutcome,
  type IntroductionPurpose,
  type IntroductionStatus,
} from './introduction.vocabulary';

/** The latest outcome recorded on an accepted introduction; a correction replaces it whole. */
export class IntroductionOutcomeRecordV1 {
  @IsIn(INTRODUCTION_OUTCOMES)
  outcome!: IntroductionOutcome;

  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string;

  /** The authenticated subject that recorded it (either side, or a cluster manager of either). */
  @IsString()
  @Length(1, 200)
  recordedBy!: string;

  @IsISO8601({ strict: true })
  recordedAt!: string;
}

/**
 * The full state of an introduction after a change: consumers replace their copy with it and need
 * no other source. The organisations' names and clusters are those of the directory at request time.
 */
export class IntroductionSnapshotV1 {
  @IsUUID()
  introductionId!: string;

  /** Organisation A, which asked to be introduced. */
  @IsUUID()
  requesterOrganisationId!: string;

  @IsString()
  @Length(1, 200)
  requesterOrganisationName!: string;

  @Matches(CLUSTER_ID_PATTERN)
  requesterClusterId!: string;

  /** Organisation B, which decides. */
  @IsUUID()
  targetOrganisationId!: string;

  @IsString()
  @Length(1, 200)
  targetOrganisationName!: string;

  @Matches(CLUSTER_ID_PATTERN)
  targetClusterId!: string;

  @IsIn(INTRODUCTION_PURPOSES)
  purpose!: IntroductionPurpose;

  @IsString()
  @Length(1, 2000)
  message!: string;

  @IsIn(INTRODUCTION_STATUSES)
  status!: IntroductionStatus;

  /** The authenticated subject that asked (a member of A, A's cluster manager, the secretariat). */
  @IsString()
  @Length(1, 200)
  requestedBy!: string;

  @IsOptional()
  @IsString()
  @Length(1, 500)
  declineReason?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => IntroductionOutcomeRecordV1)
  outcome?: IntroductionOutcomeRecordV1;

  /** The aggregate version this snapshot describes (equal to the event's `sequence`). */
  @IsInt()
  @Min(1)
  version!: number;

  @IsISO8601({ strict: true })
  requestedAt!: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  acceptedAt?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  declinedAt?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  withdrawnAt?: string;

  @IsISO8601({ strict: true })
  updatedAt!: string;
}
