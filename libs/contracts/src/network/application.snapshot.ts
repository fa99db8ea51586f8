// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsISO31661Alpha2, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Min, ValidateNested } from 'class-validator';
import { CLUSTER_ID_PATTERN, HELIX_TYPES, type HelixType } from '../vocabulary/vocabulary';
import {
  APPLICATION_COMMENT_KINDS,
  APPLICATION_OUTCOMES,
  APPLICATION_STATUSES,
  REQUIREMENT_KEY_PATTERN,
  type ApplicationCommentKind,
  type ApplicationOutcome,
  type ApplicationStatus,
} from './network.vocabulary';

/** The applicant's answer to one of the programme's requirements. */
export class ApplicationAnswerV1 {
  @Matches(REQUIREMENT_KEY_PATTERN)
  requirementKey!: string;

  @IsString()
  @Length(1, 10000)
  text!: string;
}

/** A comment left with a step (a manager's return or endorsement, the secretariat's forwarding, the partner's answer). */
export class ApplicationCommentV1 {
  @IsIn(APPLICATION_COMMENT_KINDS)
  kind!: ApplicationCommentKind;

  @IsString()
  @Length(1, 4000)
  text!: string;

  /** The author's subject (their token's `sub`). */
  @IsString()
  @Length(1, 200)
  by!: string;

  @IsISO8601({ strict: true })
  at!: string;
}

/** An application of a member organisation to a partner's programme through the network: its full state after a change. */
export class ApplicationSnapshotV1 {
  @IsUUID()
  applicationId!: string;

  @IsUUID()
  programmeId!: string;

  @IsUUID()
  partnerId!: string;

  @IsString()
  @Length(2, 200)
  programmeTitle!: string;

  @IsUUID()
  organisationId!: string;

  @IsString()
  @Length(1, 200)
  organisationName!: string;

  /** The applicant's cluster: its manager endorses. */
  @Matches(CLUSTER_ID_PATTERN)
  clusterId!: string;

  @IsISO31661Alpha2()
  country!: string;

  @IsIn(HELIX_TYPES)
  helixType!: HelixType;

  @IsIn(APPLICATION_STATUSES)
  status!: ApplicationStatus;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ApplicationAnswerV1)
  @ArrayMaxSize(30)
  answers!: ApplicationAnswerV1[];

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ApplicationCommentV1)
  @ArrayMaxSize(200)
  comments!: ApplicationCommentV1[];

  /** Who drafted it (a member's subject). */
  @IsString()
  @Length(1, 200)
  createdBy!: string;

  @IsISO8601({ strict: true })
  createdAt!: string;

  @IsISO8601({ strict: true })
  updatedAt!: string;

  /** The last submission to the cluster manager. */
  @IsOptional()
  @IsISO8601({ strict: true })
  submittedAt?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  endorsedAt?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  forwardedAt?: string;

  @IsOptional()
  @IsIn(APPLICATION_OUTCOMES)
  outcome?: ApplicationOutcome;

  @IsOptional()
  @IsISO8601({ strict: true })
  outcomeAt?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  withdrawnAt?: string;

  @IsInt()
  @Min(1)
  version!: number;
}
