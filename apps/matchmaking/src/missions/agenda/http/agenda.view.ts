/** One meeting on the agenda grid: who meets whom at which table (the message stays with the sides). */
export interface AgendaMeetingView {
  meetingId: string;
  table: number;
  delegate: { organisationId: string; name: string };
  owner: { ownerId: string; name: string };
}

export interface AgendaSlotView {
  slotId: string;
  date: string;
  startTime: string;
  endTime: string;
  startsAt: string;
  endsAt: string;
  meetings: AgendaMeetingView[];
}

/** GET /missions/:id/agenda: the set-up and every slot with its scheduled meetings. */
export interface AgendaView {
  missionId: string;
  title: string;
  timeZone: string;
  slotMinutes: number;
  tables: number;
  version: number;
  updatedAt: string;
  slots: AgendaSlotView[];
}
