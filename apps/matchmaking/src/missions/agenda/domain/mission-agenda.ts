import { changeOf, type Change, eventOf } from '@icn/messaging';
import { DomainConflictError, DomainValidationError } from '@icn/platform';
import { MissionAgendaSet, type MissionAgendaDayV1, type MissionAgendaSnapshotV1 } from '@icn/contracts';
import type { MissionParticipants } from '../../mission-participants';
import { slotIdOf } from './agenda-slot';
import { isKnownTimeZone, minutesOfDay } from './local-time';

const MINUTES_PER_DAY = 24 * 60;

/** The agenda as stored is exactly what its event publishes. */
export type MissionAgendaState = MissionAgendaSnapshotV1;

export interface AgendaInput {
  slotMinutes: number;
  tables: number;
  days: MissionAgendaDayV1[];
}

/** A meeting already placed on the grid: a new set-up must keep its slot, table and length. */
export interface PlacedMeeting {
  meetingId: string;
  slotId: string;
  table: number;
}

/**
 * Sets or replaces a mission's agenda. Days must lie within the mission's dates, a day's slots
 * must not overlap nor run past midnight. Changing the grid under scheduled meetings is allowed as
 * long as every one of them keeps its slot and table (adding slots or tables, removing unused
 * ones); changing the slot length is refused while any meeting is scheduled, since their times
 * are already in people's calendars.
 *
 * The check is decided on the agenda's newest state and the meetings scheduled when it runs; an
 * acceptance (another aggregate) racing a set-up that removes its slot could still land in it.
 * Set-ups are rare and made by one organiser, so this is accepted rather than serialising every
 * acceptance on the agenda.
 */
export function setAgenda(
  current: MissionAgendaState | null,
  input: AgendaInput,
  mission: MissionParticipants,
  placed: readonly PlacedMeeting[],
  setBy: string,
  now: Date,
): Change<MissionAgendaState> {
  if (!isKnownTimeZone(mission.timeZone)) {
    throw new DomainConflictError(`mission ${mission.missionId} has time zone ${mission.timeZone}, which is not an IANA time zone`);
  }
  const days = normalisedDays(input, mission);
  if (current !== null && current.slotMinutes !== input.slotMinutes && placed.length > 0) {
    throw new DomainConflictError(
      `cannot change the slot length from ${current.slotMinutes} to ${input.slotMinutes} minutes: ${placed.length} meeting(s) are already scheduled`,
    );
  }
  const slotIds = new Set(days.flatMap((day) => day.startTimes.map((time) => slotIdOf(day.date, time))));
  for (const meeting of placed) {
    if (!slotIds.has(meeting.slotId)) {
      throw new DomainConflictError(`slot ${meeting.slotId} cannot be removed: meeting ${meeting.meetingId} is scheduled in it`);
    }
    if (meeting.table > input.tables) {
      throw new DomainConflictError(`table ${meeting.table} cannot be removed: meeting ${meeting.meetingId} is scheduled at it in slot ${meeting.slotId}`);
    }
  }
  const state: MissionAgendaState = {
    missionId: mission.missionId,
    timeZone: mission.timeZone,
    slotMinutes: input.slotMinutes,
    tables: input.tables,
    days,
    setBy,
    version: (current?.version ?? 0) + 1,
    updatedAt: now.toISOString(),
  };
  return changeOf(state, eventOf(MissionAgendaSet, { agenda: state }));
}

/** Days sorted by date and start times ascending, each checked; errors name the offending field. */
function normalisedDays(input: AgendaInput, mission: MissionParticipants): MissionAgendaDayV1[] {
  const seen = new Set<string>();
  input.days.forEach((day, index) => {
    if (day.date < mission.from || day.date > mission.to) {
      throw new DomainValidationError(`days[${index}].date`, `must be within the mission's dates ${mission.from} to ${mission.to}`);
    }
    if (seen.has(day.date)) throw new DomainValidationError(`days[${index}].date`, `${day.date} is listed twice`);
    seen.add(day.date);
    const starts = [...day.startTimes].sort();
    starts.forEach((time, position) => {
      const end = minutesOfDay(time) + input.slotMinutes;
      if (end > MINUTES_PER_DAY) {
        throw new DomainValidationError(`days[${index}].startTimes`, `the slot at ${time} would end after midnight`);
      }
      const next = starts[position + 1];
      if (next !== undefined && end > minutesOfDay(next)) {
        throw new DomainValidationError(`days[${index}].startTimes`, `the slot at ${time} (${input.slotMinutes} min) overlaps the one at ${next}`);
      }
    });
  });
  return input.days
    .map((day) => ({ date: day.date, startTimes: [...day.startTimes].sort() }))
    .sort((a, b) => a.date.localeCompare(b.date));
}
