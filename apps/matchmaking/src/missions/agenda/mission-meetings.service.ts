import {
  collectVisiblePage,
  decodeKeysetCursor,
  DEFAULT_PAGE_SIZE,
  DomainConflictError,
  DomainNotFoundError,
  DomainValidationError,
  type KeysetPage,
  type KeysetPageQuery,
  type Principal,
} from '@icn/platform';
import { Injectable } from '@nestjs/common';
import type { MissionMeetingSide, MissionMeetingSlotV1, MissionMeetingSnapshotV1 } from '@icn/contracts';
import { randomUUID } from 'node:crypto';
import type { MissionParticipants } from '../mission-participants';
import { slotsOf, type AgendaSlot } from './domain/agenda-slot';
import { assertCanReadAgenda, assertSide, canReadMeeting, cancellingParty, deny, sidesOf } from './domain/agenda-access';
import type { MissionAgendaState } from './domain/mission-agenda';
import { toMeetingSnapshot, type MissionMeetingState } from './domain/mission-meeting';
import { acceptAndSchedule, assertAcceptable, cancelMeeting, declineMeeting, requestMeeting, respondingSide } from './domain/mission-meeting-lifecycle';
import { assertMissionOpen } from './domain/mission-open';
import type { RequestMeetingDto } from './http/request-meeting.dto';
import { MissionParticipantsLookup } from './mission-participants.lookup';
import { AgendaReservationRepository } from './persistence/agenda-reservation.repository';
import { MissionAgendaAggregate } from './persistence/mission-agenda.aggregate';
import { MissionMeetingAggregate } from './persistence/mission-meeting.aggregate';
import { MissionMeetingRepository } from './persistence/mission-meeting.repository';
import { placeMeeting, type Placement } from './scheduling/meeting-placement';

/** Statuses in which a meeting still occupies the pair: a second request between them is refused. */
const LIVE_STATUSES: readonly string[] = ['requested', 'accepted', 'scheduled'];

/**
 * B2B meeting commands. @Roles on the controller says who may call which; here each command
 * checks, on fresh state, that the caller may act for the side it acts for (see agenda-access.ts).
 *
 * Scheduling rule: an accepted meeting goes into the slot given on acceptance, else the slot the
 * requester asked for, else the earliest slot not yet started where both participants and a table
 * are free. A slot that was asked for is never silently replaced: if it is taken, the acceptance is
 * a 409 naming the busy participant or the full tables, and nothing changes (accept again with
 * another `slot`).
 */
@Injectable()
export class MissionMeetingsService {
  constructor(
    private readonly missions: MissionParticipantsLookup,
    private readonly meetings: MissionMeetingRepository,
    private readonly aggregate: MissionMeetingAggregate,
    private readonly agendas: MissionAgendaAggregate,
    private readonly reservations: AgendaReservationRepository,
  ) {}

  async request(principal: Principal, missionId: string, dto: RequestMeetingDto): Promise<MissionMeetingSnapshotV1> {
    const mission = await this.missions.get(missionId);
    // Only the mission's own people learn who is on it (a stranger gets 403 before any 409 below).
    assertCanReadAgenda(principal, mission);
    assertMissionOpen(mission, 'request a meeting');
    const delegate = mission.selectedDelegates.find((candidate) => candidate.organisationId === dto.delegateOrganisationId);
    if (delegate === undefined) throw new DomainConflictError(`organisation ${dto.delegateOrganisationId} is not a selected delegate of mission ${missionId}`);
    const owner = mission.localProjectOwners.find((candidate) => candidate.ownerId === dto.ownerId);
    if (owner === undefined) throw new DomainConflictError(`${dto.ownerId} is not a local project owner of mission ${missionId}`);
    const parties = { delegate: { ...delegate }, owner: { ...owner } };
    const requestedBy = requestingSide(sidesOf(principal, mission, parties), dto.requestedBy);
    if (dto.slot !== undefined) await this.assertSlotBookable(missionId, dto.slot, 'slot');
    const live = (await this.meetings.ofMission(missionId)).find(
      (meeting) =>
        LIVE_STATUSES.includes(meeting.status) && meeting.delegate.organisationId === delegate.organisationId && meeting.owner.ownerId === owner.ownerId,
    );
    if (live !== undefined) {
      throw new DomainConflictError(`${delegate.name} and ${owner.name} already have a ${live.status} meeting on this mission (${live.meetingId})`);
    }
    const change = requestMeeting(
      {
        meetingId: randomUUID(),
        missionId,
        ...parties,
        requestedBy,
        requestedBySubject: principal.subject,
        message: dto.message,
        requestedSlotId: dto.slot,
      },
      new Date(),
    );
    return toMeetingSnapshot(await this.aggregate.create(change));
  }

  async get(principal: Principal, missionId: string, meetingId: string): Promise<MissionMeetingSnapshotV1> {
    const mission = await this.missions.get(missionId);
    const meeting = await this.meetingOf(missionId, meetingId);
    if (!canReadMeeting(principal, mission, meeting)) deny();
    return toMeetingSnapshot(meeting);
  }

  /** One page of the meetings the caller may see, oldest request first. */
  async list(principal: Principal, missionId: string, query: KeysetPageQuery): Promise<KeysetPage<MissionMeetingSnapshotV1>> {
    const mission = await this.missions.get(missionId);
    assertCanReadAgenda(principal, mission);
    const page = await collectVisiblePage({
      fetchAfter: (after, batchSize) => this.meetings.ofMissionAfter(missionId, after, batchSize),
      isVisible: (meeting: MissionMeetingState) => canReadMeeting(principal, mission, meeting),
      positionOf: (meeting) => ({ key: meeting.requestedAt, id: meeting.meetingId }),
      limit: query.limit ?? DEFAULT_PAGE_SIZE,
      after: decodeKeysetCursor(query.cursor),
    });
    return { items: page.items.map(toMeetingSnapshot), nextCursor: page.nextCursor };
  }

  /**
   * The responding side accepts; the slot and table are reserved while deciding (unique `_id`
   * inserts, see placeMeeting), so the placement is decided on the meeting's newest state. What an
   * attempt reserved and no commit holds is given back: when its commit loses (the write path then
   * decides again and reserves again) and when the command fails. A slot is never held by a meeting
   * that is not scheduled, beyond a crash between reserving and committing.
   */
  async accept(principal: Principal, missionId: string, meetingId: string, slot: string | undefined): Promise<MissionMeetingSnapshotV1> {
    const mission = await this.missions.get(missionId);
    // A slot given here is input: a 400 when it is not an upcoming slot (taken is a 409, below).
    if (slot !== undefined) await this.assertSlotBookable(missionId, slot, 'slot');
    let uncommitted: string[] = [];
    const giveBack = async (): Promise<void> => {
      const taken = uncommitted;
      uncommitted = [];
      await this.releaseUnheld(meetingId, taken);
    };
    try {
      const scheduled = await this.aggregate.modify(
        meetingId,
        async (current) => {
          assertInMission(current, missionId);
          assertSide(principal, mission, current, respondingSide(current));
          assertMissionOpen(mission, 'accept a meeting');
          assertAcceptable(current);
          assertStillParticipating(mission, current);
          const agenda = await this.agendas.find(missionId);
          if (agenda === null) throw new DomainConflictError(`mission ${missionId} has no agenda yet: meetings are scheduled on its slots`);
          const asked = slot ?? current.requestedSlotId;
          const now = new Date();
          const placement = await placeMeeting(this.reservations, {
            missionId,
            meetingId,
            delegate: current.delegate,
            owner: current.owner,
            tables: agenda.tables,
            candidates: asked === undefined ? slotsOf(agenda).filter((candidate) => candidate.startsAt > now) : [bookableSlot(agenda, asked, now)],
            slotAskedFor: asked !== undefined,
          });
          uncommitted = placement.reservationIds;
          return acceptAndSchedule(current, slotOf(placement, agenda), placement.reservationIds, now);
        },
        { onCommitLost: giveBack },
      );
      return toMeetingSnapshot(scheduled);
    } catch (error) {
      await giveBack();
      throw error;
    }
  }

  async decline(principal: Principal, missionId: string, meetingId: string, reason: string | undefined): Promise<MissionMeetingSnapshotV1> {
    const mission = await this.missions.get(missionId);
    const declined = await this.aggregate.modify(meetingId, (current) => {
      assertInMission(current, missionId);
      assertSide(principal, mission, current, respondingSide(current));
      return declineMeeting(current, reason, new Date());
    });
    return toMeetingSnapshot(declined);
  }

  /** The slot goes back only once the cancellation is recorded: a failed write keeps the meeting whole. */
  async cancel(principal: Principal, missionId: string, meetingId: string, reason: string | undefined): Promise<MissionMeetingSnapshotV1> {
    const mission = await this.missions.get(missionId);
    let held: string[] = [];
    const cancelled = await this.aggregate.modify(meetingId, (current) => {
      assertInMission(current, missionId);
      const change = cancelMeeting(current, cancellingParty(principal, mission, current), reason, new Date());
      // The attempt that commits sets it last: the reservations of the state it was decided on.
      held = current.reservationIds;
      return change;
    });
    await this.reservations.release(meetingId, held);
    return toMeetingSnapshot(cancelled);
  }

  private async meetingOf(missionId: string, meetingId: string): Promise<MissionMeetingState> {
    const meeting = await this.aggregate.find(meetingId);
    if (meeting === null || meeting.missionId !== missionId) throw new DomainNotFoundError(`meeting ${meetingId} not found`);
    return meeting;
  }

  /**
   * Gives back reservations this meeting took but does not hold in its newest state. The newest
   * state may hold them after all: an acceptance of the same meeting on another replica (a retried
   * request) reuses the very same reservations and may have committed first.
   */
  private async releaseUnheld(meetingId: string, reservationIds: readonly string[]): Promise<void> {
    if (reservationIds.length === 0) return;
    const held = new Set((await this.aggregate.find(meetingId))?.reservationIds ?? []);
    await this.reservations.release(
      meetingId,
      reservationIds.filter((reservationId) => !held.has(reservationId)),
    );
  }

  /** A requested slot must exist and lie ahead; checked again on acceptance, when it counts. */
  private async assertSlotBookable(missionId: string, slotId: string, field: string): Promise<void> {
    const agenda = await this.agendas.find(missionId);
    if (agenda === null) throw new DomainValidationError(field, `mission ${missionId} has no agenda yet, so no slot can be asked for`);
    if (!slotsOf(agenda).some((candidate) => candidate.slotId === slotId && candidate.startsAt > new Date())) {
      throw new DomainValidationError(field, `${slotId} is not an upcoming slot of the agenda`);
    }
  }
}

/** Which side a request is made for: the only one the caller may act for, or the one it names. */
function requestingSide(sides: readonly MissionMeetingSide[], named: MissionMeetingSide | undefined): MissionMeetingSide {
  if (named !== undefined) return sides.includes(named) ? named : deny();
  if (sides.length === 0) return deny();
  if (sides.length > 1) throw new DomainValidationError('requestedBy', 'required: you may act for both the delegate and the owner, say for which');
  return sides[0] as MissionMeetingSide;
}

function assertInMission(meeting: MissionMeetingState, missionId: string): void {
  if (meeting.missionId !== missionId) throw new DomainNotFoundError(`meeting ${meeting.meetingId} not found`);
}

/** A delegate who withdrew (or an owner removed) since the request can no longer be scheduled. */
function assertStillParticipating(mission: MissionParticipants, meeting: MissionMeetingState): void {
  if (!mission.selectedDelegates.some((delegate) => delegate.organisationId === meeting.delegate.organisationId)) {
    throw new DomainConflictError(`${meeting.delegate.name} is no longer a selected delegate of mission ${mission.missionId}`);
  }
  if (!mission.localProjectOwners.some((owner) => owner.ownerId === meeting.owner.ownerId)) {
    throw new DomainConflictError(`${meeting.owner.name} is no longer a local project owner of mission ${mission.missionId}`);
  }
}

function bookableSlot(agenda: MissionAgendaState, slotId: string, now: Date): AgendaSlot {
  const slot = slotsOf(agenda).find((candidate) => candidate.slotId === slotId);
  if (slot === undefined) throw new DomainConflictError(`slot ${slotId} is not on the agenda of mission ${agenda.missionId}`);
  if (slot.startsAt <= now) throw new DomainConflictError(`slot ${slotId} has already started`);
  return slot;
}

function slotOf(placement: Placement, agenda: MissionAgendaState): MissionMeetingSlotV1 {
  const { slot, table } = placement;
  return {
    slotId: slot.slotId,
    date: slot.date,
    startTime: slot.startTime,
    endTime: slot.endTime,
    timeZone: agenda.timeZone,
    startsAt: slot.startsAt.toISOString(),
    endsAt: slot.endsAt.toISOString(),
    table,
  };
}
