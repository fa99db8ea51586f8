import type { MissionAgendaSnapshotV1 } from '@icn/contracts';
import { minutesOfDay, timeOfDay, zonedTimeToUtc } from './local-time';

/** One meeting slot of the agenda: local wall-clock times and the same instants in UTC. */
export interface AgendaSlot {
  /** `YYYY-MM-DDTHH:MM`, the local start: what requests and reservations refer to. */
  slotId: string;
  date: string;
  startTime: string;
  endTime: string;
  startsAt: Date;
  endsAt: Date;
}

export function slotIdOf(date: string, startTime: string): string {
  return `${date}T${startTime}`;
}

/** Every slot of the agenda, in chronological order (days and start times are stored sorted). */
export function slotsOf(agenda: Pick<MissionAgendaSnapshotV1, 'days' | 'slotMinutes' | 'timeZone'>): AgendaSlot[] {
  return agenda.days.flatMap((day) =>
    day.startTimes.map((startTime) => {
      const startsAt = zonedTimeToUtc(day.date, startTime, agenda.timeZone);
      return {
        slotId: slotIdOf(day.date, startTime),
        date: day.date,
        startTime,
        endTime: timeOfDay(minutesOfDay(startTime) + agenda.slotMinutes),
        startsAt,
        endsAt: new Date(startsAt.getTime() + agenda.slotMinutes * 60_000),
      };
    }),
  );
}
