import { Topics } from '@icn/contracts';
import type { Connection } from 'mongoose';
import { runWithConcurrency } from '../concurrency';
import { dayFromToday } from '../seed-objects';
import { CommandLog } from './command-log';
import type { RecordedEvent } from './event-recorder';
import type { RoundRobinClient } from './round-robin-client';
import type { AuditedAggregate } from './stream-audit';
import { answerOf, type ScaleOutWorkload } from './workload';

/** What matchmaking answers for a B2B meeting (MissionMeetingSnapshotV1; the fields used here). */
type Meeting = Record<string, unknown> & {
  meetingId: string;
  status: string;
  version: number;
  delegate: { organisationId: string };
  owner: { ownerId: string };
  slot?: { slotId: string; table: number };
};

/**
 * One B2B slot of a mission, wanted by more meetings than it has tables: every delegate asks two
 * local project owners for the same slot, and the host accepts all the requests at the same moment
 * through matchmaking's replicas. At most `tables` meetings may get the slot, each at its own
 * table, no delegate and no owner twice; the others are refused (409) and stay requested.
 */
export class MissionSlot implements ScaleOutWorkload {
  readonly name = 'B2B slot acceptances';
  readonly service = 'matchmaking' as const;
  readonly log = new CommandLog();
  readonly killAfterAnswers = 0; // matchmaking's kill is timed by the Passport acceptances
  private missionId = '';
  private meetingIds: string[] = [];
  private readonly slotId: string;

  constructor(
    private readonly organiser: RoundRobinClient,
    private readonly host: RoundRobinClient,
    private readonly member: (organisationId: string) => RoundRobinClient,
    private readonly hostClusterId: string,
    private readonly delegates: readonly string[],
    private readonly tables: number,
    /** Matchmaking's database: the agenda reservations are checked where they live. */
    private readonly matchmakingDatabase: Connection,
  ) {
    this.slotId = `${dayFromToday(60)}T09:00`;
  }

  /** A mission with every delegate selected, as many local owners, an agenda, and the meeting requests. */
  async setUp(): Promise<void> {
    const mission = answerOf(
      await this.organiser.post<{ missionId: string }>('/missions', {
        title: 'Scale-out mission',
        theme: 'District heating',
        description: 'Meetings contested by concurrent acceptances.',
        hostClusterId: this.hostClusterId,
        destination: { city: 'Liège', country: 'BE' },
        from: dayFromToday(60),
        to: dayFromToday(62),
        timeZone: 'Europe/Brussels',
        capacity: this.delegates.length,
        callCutOff: dayFromToday(30),
      }),
      201,
      'create the mission',
    );
    this.missionId = mission.missionId;
    const path = `/missions/${this.missionId}`;
    answerOf(await this.organiser.post(`${path}/call/open`, {}), 200, 'open the call');
    const applicationIds: string[] = [];
    for (const organisationId of this.delegates) {
      const applied = await this.member(organisationId).post<{ applicationId: string }>(`${path}/applications`, { organisationId, motivation: 'Retrofit pilots', travellers: ['Ida Jensen'] });
      applicationIds.push(answerOf(applied, 201, `apply ${organisationId}`).applicationId);
    }
    answerOf(await this.organiser.post(`${path}/call/close`, {}), 200, 'close the call');
    answerOf(await this.organiser.post(`${path}/selection`, { selected: applicationIds, reserve: [], rejected: [] }), 200, 'select the delegates');
    answerOf(await this.organiser.post(`${path}/selection/publish`, {}), 200, 'publish the selection');
    const ownerIds: string[] = [];
    for (const [index] of this.delegates.entries()) {
      const owner = await this.host.post<{ ownerId: string }>(`${path}/local-project-owners`, {
        name: `Local project owner ${index}`,
        projectDescription: `Retrofit project ${index}`,
        needs: ['heat pumps'],
        contactPerson: { name: `Owner ${index}`, email: `owner-${index}@example.org` },
      });
      ownerIds.push(answerOf(owner, 201, `add local project owner ${index}`).ownerId);
    }
    const [date, startTime] = this.slotId.split('T') as [string, string];
    answerOf(await this.organiser.put(`${path}/agenda`, { slotMinutes: 30, tables: this.tables, days: [{ date, startTimes: [startTime, '09:30'] }] }), 200, 'set the agenda');
    for (const [index, organisationId] of this.delegates.entries()) {
      for (const ownerId of [ownerIds[index], ownerIds[(index + 1) % ownerIds.length]]) {
        const requested = await this.member(organisationId).post<Meeting>(`${path}/meetings`, { delegateOrganisationId: organisationId, ownerId, message: 'Retrofits', slot: this.slotId });
        this.meetingIds.push(answerOf(requested, 201, `request a meeting of ${organisationId} with ${ownerId}`).meetingId);
      }
    }
  }

  async run(): Promise<void> {
    await runWithConcurrency(this.meetingIds.length, this.meetingIds.length, async (index) => {
      const meetingId = this.meetingIds[index] as string;
      const what = `acceptance of meeting ${meetingId}`;
      const accepted = this.log.record(what, await this.host.post<Meeting>(`/missions/${this.missionId}/meetings/${meetingId}/accept`, {}), 200, [409]);
      if (accepted === undefined) return;
      this.log.expect({
        what,
        topic: Topics.matchmakingMissionMeeting,
        subject: meetingId,
        version: accepted.version,
        mismatch: (event: RecordedEvent) => {
          const meeting = event.data['meeting'] as Meeting | undefined;
          return meeting?.status === 'scheduled' && meeting.slot?.slotId === this.slotId ? null : `its meeting is ${String(meeting?.status)} in ${String(meeting?.slot?.slotId)}`;
        },
      });
    });
  }

  private async states(): Promise<Meeting[]> {
    const states: Meeting[] = [];
    for (const meetingId of this.meetingIds) {
      states.push(answerOf(await this.host.get<Meeting>(`/missions/${this.missionId}/meetings/${meetingId}`), 200, `GET meeting ${meetingId}`));
    }
    return states;
  }

  /** The mission's agenda reservations (collection `mission_agenda_reservations`, one per delegate, owner and table taken). */
  private reservations(): Promise<{ _id: string; meetingId: string }[]> {
    return this.matchmakingDatabase.collection<{ _id: string; meetingId: string; missionId: string }>('mission_agenda_reservations').find({ missionId: this.missionId }).toArray();
  }

  async aggregates(): Promise<AuditedAggregate[]> {
    return (await this.states()).map((state) => ({
      label: `meeting ${state.meetingId}`,
      topic: Topics.matchmakingMissionMeeting,
      subject: state.meetingId,
      version: state.version,
      state,
      snapshotOf: (event: RecordedEvent) => event.data['meeting'],
    }));
  }

  async invariants(): Promise<string[]> {
    const problems: string[] = [];
    const states = await this.states();
    const inSlot = states.filter((state) => state.status === 'scheduled' && state.slot?.slotId === this.slotId);
    if (inSlot.length > this.tables) problems.push(`slot ${this.slotId} overbooked: ${inSlot.length} meetings, ${this.tables} tables`);
    for (const [what, keys] of [
      ['table', inSlot.map((state) => String(state.slot?.table))],
      ['delegate', inSlot.map((state) => state.delegate.organisationId)],
      ['owner', inSlot.map((state) => state.owner.ownerId)],
    ] as const) {
      const twice = keys.filter((key, index) => keys.indexOf(key) !== index);
      if (twice.length > 0) problems.push(`slot ${this.slotId}: ${what} ${twice.join(', ')} booked twice`);
    }
    const acknowledged = new Set(this.log.expectedEvents.map((event) => event.subject));
    for (const state of states) {
      if (acknowledged.has(state.meetingId) && state.status !== 'scheduled') problems.push(`meeting ${state.meetingId}: acceptance acknowledged, now ${state.status}`);
    }
    // A reservation (delegate, owner or table in the slot) held by a meeting that is not scheduled
    // was left by an acceptance that died with its replica: it blocks the slot for everyone else.
    const scheduled = new Set(states.filter((state) => state.status === 'scheduled').map((state) => state.meetingId));
    const leaked = (await this.reservations()).filter((reservation) => !scheduled.has(reservation.meetingId));
    if (leaked.length > 0) {
      problems.push(`slot ${this.slotId}: ${leaked.length} agenda reservations held by meetings that are not scheduled (${leaked.map((reservation) => reservation._id).join(', ')})`);
    }
    // A run in which nothing competed proves nothing. The winners may be unacknowledged (in flight
    // on the killed replica), so the state, not the answers, says whether the slot was taken.
    if (inSlot.length === 0 || this.log.count('refused') === 0) {
      problems.push(`the slot was not contested: ${inSlot.length} meetings got it, ${this.log.count('refused')} acceptances refused`);
    }
    return problems;
  }
}
