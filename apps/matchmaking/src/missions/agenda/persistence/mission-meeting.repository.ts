import { mongooseSnapshots, type SnapshotStore } from '@icn/messaging';
import { afterKeysetPosition, DATABASE_CONNECTION, type KeysetPosition } from '@icn/platform';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { Connection, Model } from 'mongoose';
import type { MissionMeetingState } from '../domain/mission-meeting';
import { missionMeetingSchema, type MissionMeetingDocument } from './mission-meeting.schema';

/** A mission can hold a few thousand meetings at most (delegates × owners); one read serves them all. */
const MAX_MEETINGS_PER_MISSION = 10_000;

/**
 * B2B meetings: the snapshot store the write path brings forward (MissionMeetingAggregate is the
 * only writer, ADR 12) and the read queries over it.
 */
@Injectable()
export class MissionMeetingRepository implements OnModuleInit {
  readonly model: Model<MissionMeetingDocument>;
  readonly snapshots: SnapshotStore<MissionMeetingState>;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection) {
    this.model = connection.model<MissionMeetingDocument>('MissionMeeting', missionMeetingSchema);
    this.snapshots = mongooseSnapshots(this.model, { toDocument, toState });
  }

  async onModuleInit(): Promise<void> {
    await this.model.init();
  }

  async findById(meetingId: string): Promise<MissionMeetingState | null> {
    const document = await this.model.findById(meetingId).lean<MissionMeetingDocument>().exec();
    return document ? toState(document) : null;
  }

  /** Meetings of a mission after a position, oldest request first: the pages of GET /missions/{id}/meetings. */
  async ofMissionAfter(missionId: string, after: KeysetPosition | undefined, limit: number): Promise<MissionMeetingState[]> {
    const documents = await this.model
      .find({ missionId, ...afterKeysetPosition('requestedAt', after, 1) })
      .sort({ requestedAt: 1, _id: 1 })
      .limit(limit)
      .lean<MissionMeetingDocument[]>()
      .exec();
    return documents.map(toState);
  }

  /** Every meeting of a mission, oldest request first (conflict checks, the agenda, calendars). */
  async ofMission(missionId: string): Promise<MissionMeetingState[]> {
    const documents = await this.model
      .find({ missionId })
      .sort({ requestedAt: 1, _id: 1 })
      .limit(MAX_MEETINGS_PER_MISSION)
      .lean<MissionMeetingDocument[]>()
      .exec();
    return documents.map(toState);
  }
}

function toDocument(state: MissionMeetingState): MissionMeetingDocument {
  const { meetingId, ...fields } = state;
  return { ...withoutEmpty(fields), _id: meetingId };
}

/** The state back from a stored document: no `_id`, no legacy `outbox` (ADR 4's documents). */
function toState(document: MissionMeetingDocument & { outbox?: unknown }): MissionMeetingState {
  const { _id, outbox: _legacyOutbox, ...fields } = document;
  const owner = withoutEmpty({ ...fields.owner });
  return withoutEmpty({ ...fields, owner, meetingId: _id });
}

/** Without absent optional fields: mongoose reads an unset optional subdocument back as null. */
function withoutEmpty<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as T;
}
