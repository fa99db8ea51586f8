import { afterKeysetPosition, DATABASE_CONNECTION, DomainConflictError, isDuplicateKeyError, type KeysetPosition } from '@icn/platform';
import { appendToOutbox, OutboxRelay, type OutboxEntry } from '@icn/messaging';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { Connection, Model } from 'mongoose';
import type { MissionMeetingState } from '../domain/mission-meeting';
import { missionMeetingSchema, type MissionMeetingDocument } from './mission-meeting.schema';

/** Optional state fields: a write must `$unset` them when the new state no longer has them. */
const OPTIONAL_FIELDS = [
  'requestedSlotId',
  'slot',
  'declineReason',
  'cancelledBy',
  'cancellationReason',
  'acceptedAt',
  'declinedAt',
  'scheduledAt',
  'cancelledAt',
] as const;

/** A mission can hold a few thousand meetings at most (delegates × owners); one read serves them all. */
const MAX_MEETINGS_PER_MISSION = 10_000;

/** B2B meetings: every write stores the new state and its events in one document write. */
@Injectable()
export class MissionMeetingRepository implements OnModuleInit {
  readonly model: Model<MissionMeetingDocument>;

  get collectionName(): string {
    return this.model.collection.collectionName;
  }

  constructor(
    @Inject(DATABASE_CONNECTION) connection: Connection,
    private readonly relay: OutboxRelay,
  ) {
    this.model = connection.model<MissionMeetingDocument>('MissionMeeting', missionMeetingSchema);
  }

  async onModuleInit(): Promise<void> {
    await this.model.init();
    this.relay.register(this.model);
  }

  async insert(state: MissionMeetingState, entries: OutboxEntry[]): Promise<void> {
    try {
      await this.model.create([{ ...fieldsOf(state), _id: state.meetingId, outbox: entries }]);
    } catch (error) {
      if (isDuplicateKeyError(error)) throw new DomainConflictError(`meeting ${state.meetingId} already exists`);
      throw error;
    }
  }

  /** Replaces the state if unchanged since `expectedVersion`, appending the events in the same write. */
  async replace(next: MissionMeetingState, expectedVersion: number, entries: OutboxEntry[]): Promise<boolean> {
    const cleared = OPTIONAL_FIELDS.filter((field) => next[field] === undefined);
    const result = await this.model.updateOne(
      { _id: next.meetingId, version: expectedVersion },
      {
        $set: fieldsOf(next),
        ...(cleared.length > 0 ? { $unset: Object.fromEntries(cleared.map((field) => [field, ''])) } : {}),
        ...appendToOutbox(entries),
      },
    );
    return result.matchedCount === 1;
  }

  async findById(meetingId: string): Promise<MissionMeetingState | null> {
    const document = await this.model.findById(meetingId, { outbox: 0 }).lean<MissionMeetingDocument>().exec();
    return document ? toState(document) : null;
  }

  /** Meetings of a mission after a position, oldest request first: the pages of GET /missions/{id}/meetings. */
  async ofMissionAfter(missionId: string, after: KeysetPosition | undefined, limit: number): Promise<MissionMeetingState[]> {
    const documents = await this.model
      .find({ missionId, ...afterKeysetPosition('requestedAt', after, 1) }, { outbox: 0 })
      .sort({ requestedAt: 1, _id: 1 })
      .limit(limit)
      .lean<MissionMeetingDocument[]>()
      .exec();
    return documents.map(toState);
  }

  /** Every meeting of a mission, oldest request first (conflict checks, the agenda, calendars). */
  async ofMission(missionId: string): Promise<MissionMeetingState[]> {
    const documents = await this.model
      .find({ missionId }, { outbox: 0 })
      .sort({ requestedAt: 1, _id: 1 })
      .limit(MAX_MEETINGS_PER_MISSION)
      .lean<MissionMeetingDocument[]>()
      .exec();
    return documents.map(toState);
  }
}

function fieldsOf(state: MissionMeetingState): Omit<MissionMeetingDocument, '_id' | 'outbox'> {
  const { meetingId: _id, ...fields } = state;
  return withoutUndefined(fields);
}

function toState(document: MissionMeetingDocument): MissionMeetingState {
  const { _id, outbox: _outbox, ...fields } = document;
  const owner = withoutUndefined({ ...fields.owner });
  return withoutUndefined({ ...fields, owner, meetingId: _id });
}

/** Stored documents and snapshots never carry `key: undefined` (mongoose `$set` would keep it). */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as T;
}
