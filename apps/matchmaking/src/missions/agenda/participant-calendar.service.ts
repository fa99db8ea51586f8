import { DomainNotFoundError, type Principal } from '@icn/platform';
import { Injectable } from '@nestjs/common';
import type { MissionMeetingDelegateV1, MissionMeetingOwnerV1 } from '@icn/contracts';
import { renderParticipantCalendar } from './calendar/participant-calendar';
import { canActForDelegate, canActForOwner, deny, isOrganiserSide } from './domain/agenda-access';
import { toMeetingSnapshot, type MissionMeetingState } from './domain/mission-meeting';
import { MissionParticipantsLookup } from './mission-participants.lookup';
import { MissionAgendaRepository } from './persistence/mission-agenda.repository';
import { MissionMeetingRepository } from './persistence/mission-meeting.repository';

/**
 * Each participant's schedule as an iCalendar file: a delegate's (by organisation id) or a local
 * owner's (by owner id). Readable by whoever may act for that participant and by the organiser.
 * A participant who left the mission still gets its file: its cancelled meetings must reach calendars.
 */
@Injectable()
export class ParticipantCalendarService {
  constructor(
    private readonly missions: MissionParticipantsLookup,
    private readonly meetings: MissionMeetingRepository,
    private readonly agendas: MissionAgendaRepository,
  ) {}

  async forDelegate(principal: Principal, missionId: string, organisationId: string): Promise<string> {
    const mission = await this.missions.get(missionId);
    const all = await this.meetings.ofMission(missionId);
    const delegate: MissionMeetingDelegateV1 | undefined =
      mission.selectedDelegates.find((candidate) => candidate.organisationId === organisationId) ??
      all.find((meeting) => meeting.delegate.organisationId === organisationId)?.delegate;
    if (delegate === undefined) throw new DomainNotFoundError(`organisation ${organisationId} is not a delegate of mission ${missionId}`);
    if (!isOrganiserSide(principal, mission) && !canActForDelegate(principal, delegate)) deny();
    const own = all.filter((meeting) => meeting.delegate.organisationId === organisationId);
    return this.render(missionId, mission.title, mission.timeZone, delegate.name, own);
  }

  async forOwner(principal: Principal, missionId: string, ownerId: string): Promise<string> {
    const mission = await this.missions.get(missionId);
    const all = await this.meetings.ofMission(missionId);
    const owner: MissionMeetingOwnerV1 | undefined =
      mission.localProjectOwners.find((candidate) => candidate.ownerId === ownerId) ?? all.find((meeting) => meeting.owner.ownerId === ownerId)?.owner;
    if (owner === undefined) throw new DomainNotFoundError(`${ownerId} is not a local project owner of mission ${missionId}`);
    if (!isOrganiserSide(principal, mission) && !canActForOwner(principal, mission, owner)) deny();
    const own = all.filter((meeting) => meeting.owner.ownerId === ownerId);
    return this.render(missionId, mission.title, mission.timeZone, owner.name, own);
  }

  private async render(missionId: string, title: string, missionTimeZone: string, participant: string, meetings: MissionMeetingState[]): Promise<string> {
    const agenda = await this.agendas.findById(missionId);
    return renderParticipantCalendar({
      name: `${title}: ${participant}`,
      missionTitle: title,
      timeZone: agenda?.timeZone ?? missionTimeZone,
      now: new Date(),
      meetings: meetings.map(toMeetingSnapshot),
    });
  }
}
