import type { ProgrammeSnapshotV1 } from '@icn/contracts';
import { DATABASE_CONNECTION, isDuplicateKeyError } from '@icn/platform';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Collection, Connection, Model } from 'mongoose';
import { partnerProgrammeSchema, type PartnerProgrammeDocument } from './partner-programme.schema';

/** What storing a programme's state found. */
export interface StoredProgramme {
  /** The state before this version (absent for the first one this service saw). */
  previous: ProgrammeSnapshotV1 | undefined;
  announced: boolean;
}

/**
 * The programme read model. Written by the programme consumer, which handles one programme's
 * events in order (the topic is keyed by programme id), and by the window scan, which only sets
 * the announcement flag. The version guard makes a replayed older event harmless; the same version
 * again (a re-processed event) answers as the first time did, so its notifications are completed.
 */
@Injectable()
export class PartnerProgrammeRepository implements OnModuleInit {
  readonly model: Model<PartnerProgrammeDocument>;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection) {
    this.model = connection.model<PartnerProgrammeDocument>('PartnerProgramme', partnerProgrammeSchema);
  }

  private get collection(): Collection<PartnerProgrammeDocument> {
    return this.model.collection as unknown as Collection<PartnerProgrammeDocument>;
  }

  async onModuleInit(): Promise<void> {
    await this.model.init();
  }

  /** Keeps `programme` if it is not older than the stored state; undefined when it is (nothing to do). */
  async store(programme: ProgrammeSnapshotV1): Promise<StoredProgramme | undefined> {
    const _id = programme.programmeId;
    const existing = await this.collection.findOne({ _id });
    if (existing === null) {
      try {
        await this.collection.insertOne({ _id, ...stateFields(programme), announced: false });
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
        return this.store(programme); // inserted meanwhile (a rebalance): decide against it
      }
      return { previous: undefined, announced: false };
    }
    if (existing.version > programme.version) return undefined;
    if (existing.version === programme.version) return { previous: withoutNulls(existing.previous), announced: existing.announced };
    await this.collection.updateOne({ _id }, { $set: { ...stateFields(programme), previous: withoutNulls(existing.programme) } });
    return { previous: withoutNulls(existing.programme), announced: existing.announced };
  }

  async markAnnounced(programmeId: string, at: Date): Promise<void> {
    await this.collection.updateOne({ _id: programmeId }, { $set: { announced: true, announcedAt: at } });
  }

  /** Programmes not announced yet whose call window is open at `now`. */
  async dueForAnnouncement(now: Date, limit: number): Promise<ProgrammeSnapshotV1[]> {
    const docs = await this.collection
      .find({ announced: false, opensAt: { $lte: now }, closesAt: { $gt: now } })
      .sort({ opensAt: 1 })
      .limit(limit)
      .toArray();
    return docs.map((doc) => withoutNulls(doc.programme) as ProgrammeSnapshotV1);
  }
}

function stateFields(programme: ProgrammeSnapshotV1): Omit<PartnerProgrammeDocument, '_id' | 'announced' | 'announcedAt' | 'previous'> {
  return {
    programme: withoutNulls(programme) as ProgrammeSnapshotV1,
    version: programme.version,
    opensAt: new Date(programme.callWindow.opensAt),
    closesAt: new Date(programme.callWindow.closesAt),
    updatedAt: new Date(),
  };
}

/**
 * The snapshot as events carry it: the driver stores an absent optional field as null, and the
 * notification contract has no nullable field (the same care as the follow records' snapshots).
 */
function withoutNulls(snapshot: ProgrammeSnapshotV1 | undefined): ProgrammeSnapshotV1 | undefined {
  if (snapshot === undefined || snapshot === null) return undefined;
  return JSON.parse(JSON.stringify(snapshot, (_key, value: unknown) => (value === null ? undefined : value))) as ProgrammeSnapshotV1;
}
