import { DomainNotFoundError, type Principal } from '@icn/platform';
import { Injectable } from '@nestjs/common';
import type { MissionAgendaSnapshotV1 } from '@icn/contracts';
import { slotsOf } from './domain/agenda-slot';
import { assertCanReadAgenda, assertOrganiserSide } from './domain/agenda-access';
import { setAgenda, type AgendaInput, type PlacedMeeting } from './domain/mission-agenda';
import { assertMissionOpen } from './domain/mission-open';
import type { AgendaView } from './http/agenda.view';
import { MissionParticipantsLookup } from './mission-participants.lookup';
import { MissionAgendaAggregate } from './persistence/mission-agenda.aggregate';
import { MissionMeetingRepository } from './persistence/mission-meeting.repository';

/** Setting and reading a mission's agenda grid (slots per day, slot length, tables). */
@Injectable()
export class MissionAgendaService {
  constructor(
    private readonly missions: MissionParticipantsLookup,
    private readonly agendas: MissionAgendaAggregate,
    private readonly meetings: MissionMeetingRepository,
  ) {}

  async set(principal: Principal, missionId: string, input: AgendaInput): Promise<MissionAgendaSnapshotV1> {
    const mission = await this.missions.get(missionId);
    assertOrganiserSide(principal, mission);
    assertMissionOpen(mission, 'set the agenda');
    return this.agendas.set(missionId, async (current) => setAgenda(current, input, mission, await this.placed(missionId), principal.subject, new Date()));
  }

  async get(principal: Principal, missionId: string): Promise<AgendaView> {
    const mission = await this.missions.get(missionId);
    assertCanReadAgenda(principal, mission);
    const agenda = await this.agendas.find(missionId);
    if (agenda === null) throw new DomainNotFoundError(`mission ${missionId} has no agenda yet`);
    const scheduled = (await this.meetings.ofMission(missionId)).filter((meeting) => meeting.status === 'scheduled');
    return {
      missionId,
      title: mission.title,
      timeZone: agenda.timeZone,
      slotMinutes: agenda.slotMinutes,
      tables: agenda.tables,
      version: agenda.version,
      updatedAt: agenda.updatedAt,
      slots: slotsOf(agenda).map((slot) => ({
        slotId: slot.slotId,
        date: slot.date,
        startTime: slot.startTime,
        endTime: slot.endTime,
        startsAt: slot.startsAt.toISOString(),
        endsAt: slot.endsAt.toISOString(),
        meetings: scheduled
          .filter((meeting) => meeting.slot?.slotId === slot.slotId)
          .map((meeting) => ({
            meetingId: meeting.meetingId,
            table: meeting.slot?.table ?? 0,
            delegate: { organisationId: meeting.delegate.organisationId, name: meeting.delegate.name },
            owner: { ownerId: meeting.owner.ownerId, name: meeting.owner.name },
          }))
          .sort((a, b) => a.table - b.table),
      })),
    };
  }

  /** The meetings a new set-up must keep in place. */
  private async placed(missionId: string): Promise<PlacedMeeting[]> {
    return (await this.meetings.ofMission(missionId)).flatMap((meeting) =>
      meeting.status === 'scheduled' && meeting.slot !== undefined ? [{ meetingId: meeting.meetingId, slotId: meeting.slot.slotId, table: meeting.slot.table }] : [],
    );
  }
}
