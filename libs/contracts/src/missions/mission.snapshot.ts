// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsISO31661Alpha2, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { CALENDAR_DATE_PATTERN } from '../passport/passport.vocabulary';
import { CLUSTER_ID_PATTERN } from '../vocabulary/vocabulary';
import { LocalProjectOwnerV1 } from './local-project-owner.snapshot';
import { MissionApplicationV1 } from './mission-application.snapshot';
import { MISSION_CALL_CLOSERS, MISSION_STATUSES, type MissionCallCloser, type MissionStatus } from './mission.vocabulary';

/** Where the mission goes. */
export class MissionDestinationV1 {
  @IsString()
  @Length(1, 200)
  city!: string;

  /** ISO 3166-1 alpha-2, upper case. */
  @IsISO31661Alpha2()
  country!: string;
}

/** The most applications one mission holds; calls draw tens, not thousands. */
export const MAX_MISSION_APPLICATIONS = 500;
/** The most local project owners one mission lists. */
export const MAX_LOCAL_PROJECT_OWNERS = 200;

/**
 * The full state of a matchmaking mission after a change — its applications, selection and local
 * project owners included, since the mission is one aggregate: consumers replace their copy with
 * it and need no other source.
 */
export class MissionSnapshotV1 {
  @IsUUID()
  missionId!: string;

  @IsString()
  @Length(1, 200)
  title!: string;

  @IsString()
  @Length(1, 200)
  theme!: string;

  @IsString()
  @Length(1, 5000)
  description!: string;

  /** The cluster that organises the mission (its manager runs the call and the selection). */
  @Matches(CLUSTER_ID_PATTERN)
  organiserClusterId!: string;

  /** The cluster at the destination (its manager adds local project owners). */
  @Matches(CLUSTER_ID_PATTERN)
  hostClusterId!: string;

  @ValidateNested()
  @Type(() => MissionDestinationV1)
  destination!: MissionDestinationV1;

  /** First day at the destination (inclusive, YYYY-MM-DD, local to `timeZone`). */
  @Matches(CALENDAR_DATE_PATTERN)
  from!: string;

  /** Last day at the destination (inclusive, YYYY-MM-DD). */
  @Matches(CALENDAR_DATE_PATTERN)
  to!: string;

  /** IANA time zone of the destination, e.g. America/New_York. */
  @IsString()
  @Length(1, 64)
  timeZone!: string;

  /** How many delegations (organisations) can be selected. */
  @IsInt()
  @Min(1)
  @Max(500)
  capacity!: number;

  /** Last day applications are accepted (inclusive, YYYY-MM-DD, until 24:00 UTC); before `from`. */
  @Matches(CALENDAR_DATE_PATTERN)
  callCutOff!: string;

  @IsIn(MISSION_STATUSES)
  status!: MissionStatus;

  @IsArray()
  @ArrayMaxSize(MAX_MISSION_APPLICATIONS)
  @ValidateNested({ each: true })
  @Type(() => MissionApplicationV1)
  applications!: MissionApplicationV1[];

  @IsArray()
  @ArrayMaxSize(MAX_LOCAL_PROJECT_OWNERS)
  @ValidateNested({ each: true })
  @Type(() => LocalProjectOwnerV1)
  localProjectOwners!: LocalProjectOwnerV1[];

  /** The authenticated subject that created it (a cluster manager or the secretariat). */
  @IsString()
  @Length(1, 200)
  createdBy!: string;

  @IsISO8601({ strict: true })
  createdAt!: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  callOpenedAt?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  callClosedAt?: string;

  @IsOptional()
  @IsIn(MISSION_CALL_CLOSERS)
  callClosedBy?: MissionCallCloser;

  /** When the organiser last decided the selection (it can be revised until it is published). */
  @IsOptional()
  @IsISO8601({ strict: true })
  selectionDecidedAt?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  selectionPublishedAt?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  completedAt?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  cancelledAt?: string;

  @IsOptional()
  @IsString()
  @Length(1, 500)
  cancellationReason?: string;

  /** The aggregate version this snapshot describes (equal to the event's `sequence`). */
  @IsInt()
  @Min(1)
  version!: number;

  @IsISO8601({ strict: true })
  updatedAt!: string;
}
