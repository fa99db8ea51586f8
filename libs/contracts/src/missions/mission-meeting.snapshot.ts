// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { CLUSTER_ID_PATTERN } from '../vocabulary/vocabulary';
import { CALENDAR_DATE_PATTERN } from '../passport/passport.vocabulary';
import {
  AGENDA_LIMITS,
  AGENDA_SLOT_ID_PATTERN,
  AGENDA_TIME_PATTERN,
  MISSION_MEETING_CANCELLERS,
  MISSION_MEETING_SIDES,
  MISSION_MEETING_STATUSES,
  type MissionMeetingCanceller,
  type MissionMeetingSide,
  type MissionMeetingStatus,
} from './mission-meeting.vocabulary';

/** The delegate side: a selected delegate organisation (a member). */
export class MissionMeetingDelegateV1 {
  @IsUUID()
  organisationId!: string;

  @IsString()
  @Length(1, 200)
  name!: string;

  @Matches(CLUSTER_ID_PATTERN)
  clusterId!: string;
}

/** The owner side: a local project owner added to the mission (not necessarily an ICN member). */
export class MissionMeetingOwnerV1 {
  @IsUUID()
  ownerId!: string;

  @IsString()
  @Length(1, 200)
  name!: string;

  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

/** Where and when a scheduled meeting takes place: local wall-clock times and the same instants in UTC. */
export class MissionMeetingSlotV1 {
  @Matches(AGENDA_SLOT_ID_PATTERN)
  slotId!: string;

  @Matches(CALENDAR_DATE_PATTERN)
  date!: string;

  @Matches(AGENDA_TIME_PATTERN)
  startTime!: string;

  /** May be `24:00` when a slot ends at midnight; never later. */
  @Matches(/^([01]\d|2[0-4]):[0-5]\d$/)
  endTime!: string;

  /** IANA time zone of the mission, e.g. `America/New_York`. */
  @IsString()
  @Length(1, 100)
  timeZone!: string;

  @IsISO8601({ strict: true })
  startsAt!: string;

  @IsISO8601({ strict: true })
  endsAt!: string;

  @IsInt()
  @Min(1)
  @Max(AGENDA_LIMITS.maxTables)
  table!: number;
}

/** The full state of a B2B meeting after a change: consumers replace their copy with it. */
export class MissionMeetingSnapshotV1 {
  @IsUUID()
  meetingId!: string;

  @IsUUID()
  missionId!: string;

  @ValidateNested()
  @Type(() => MissionMeetingDelegateV1)
  delegate!: MissionMeetingDelegateV1;

  @ValidateNested()
  @Type(() => MissionMeetingOwnerV1)
  owner!: MissionMeetingOwnerV1;

  /** The side that asked for the meeting; the other side accepts or declines. */
  @IsIn(MISSION_MEETING_SIDES)
  requestedBy!: MissionMeetingSide;

  /** The authenticated subject that sent the request (a member or a cluster manager). */
  @IsString()
  @Length(1, 200)
  requestedBySubject!: string;

  @IsString()
  @Length(1, 1000)
  message!: string;

  /** The slot the requester would like, if any (see the scheduling rule in the agenda docs). */
  @IsOptional()
  @Matches(AGENDA_SLOT_ID_PATTERN)
  requestedSlotId?: string;

  @IsIn(MISSION_MEETING_STATUSES)
  status!: MissionMeetingStatus;

  /** Present once scheduled; kept after a cancellation so calendars can show what was cancelled. */
  @IsOptional()
  @ValidateNested()
  @Type(() => MissionMeetingSlotV1)
  slot?: MissionMeetingSlotV1;

  @IsOptional()
  @IsString()
  @Length(1, 500)
  declineReason?: string;

  @IsOptional()
  @IsIn(MISSION_MEETING_CANCELLERS)
  cancelledBy?: MissionMeetingCanceller;

  @IsOptional()
  @IsString()
  @Length(1, 500)
  cancellationReason?: string;

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
  scheduledAt?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  cancelledAt?: string;

  @IsISO8601({ strict: true })
  updatedAt!: string;
}
