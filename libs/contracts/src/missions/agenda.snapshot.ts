// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsISO8601, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { CALENDAR_DATE_PATTERN } from '../passport/passport.vocabulary';
import { AGENDA_LIMITS, AGENDA_TIME_PATTERN } from './mission-meeting.vocabulary';

/** One mission day of the agenda: the local start times of its meeting slots, ascending. */
export class MissionAgendaDayV1 {
  @Matches(CALENDAR_DATE_PATTERN)
  date!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(AGENDA_LIMITS.maxSlotsPerDay)
  @Matches(AGENDA_TIME_PATTERN, { each: true })
  startTimes!: string[];
}

/**
 * A mission's B2B agenda set-up: every slot lasts `slotMinutes`, and `tables` meetings can run at
 * once. Slot times are local to `timeZone` (the mission's destination).
 */
export class MissionAgendaSnapshotV1 {
  @IsUUID()
  missionId!: string;

  @IsString()
  @Length(1, 100)
  timeZone!: string;

  @IsInt()
  @Min(AGENDA_LIMITS.minSlotMinutes)
  @Max(AGENDA_LIMITS.maxSlotMinutes)
  slotMinutes!: number;

  @IsInt()
  @Min(1)
  @Max(AGENDA_LIMITS.maxTables)
  tables!: number;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(AGENDA_LIMITS.maxDays)
  @ValidateNested({ each: true })
  @Type(() => MissionAgendaDayV1)
  days!: MissionAgendaDayV1[];

  /** The subject that last set the agenda (the organiser cluster's manager or the secretariat). */
  @IsString()
  @Length(1, 200)
  setBy!: string;

  @IsInt()
  @Min(1)
  version!: number;

  @IsISO8601({ strict: true })
  updatedAt!: string;
}
