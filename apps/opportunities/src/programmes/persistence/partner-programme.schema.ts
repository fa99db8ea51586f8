import type { ProgrammeSnapshotV1 } from '@icn/contracts';
import { Schema } from 'mongoose';

/**
 * The network's partner programmes as this service knows them (icn.network.programme.v1): what
 * the window scan needs to announce a programme when its call window opens, and the previous
 * state, so a change is notified only when a subscriber would see a difference.
 */
export interface PartnerProgrammeDocument {
  /** The programme id. */
  _id: string;
  programme: ProgrammeSnapshotV1;
  /** The state before `programme`'s version: a re-processed event compares against it again. */
  previous?: ProgrammeSnapshotV1;
  version: number;
  opensAt: Date;
  closesAt: Date;
  /** Matching subscriptions were told that its window is open (once per programme). */
  announced: boolean;
  announcedAt?: Date;
  updatedAt: Date;
}

export const PARTNER_PROGRAMMES_COLLECTION = 'partner_programmes';

export const partnerProgrammeSchema = new Schema<PartnerProgrammeDocument>(
  {
    _id: { type: String, required: true },
    programme: { type: Schema.Types.Mixed, required: true },
    previous: { type: Schema.Types.Mixed, required: false },
    version: { type: Number, required: true },
    opensAt: { type: Date, required: true },
    closesAt: { type: Date, required: true },
    announced: { type: Boolean, required: true },
    announcedAt: { type: Date, required: false },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false, timestamps: false, collection: PARTNER_PROGRAMMES_COLLECTION },
);

// The window scan: programmes not announced yet whose window has opened (dueForAnnouncement).
partnerProgrammeSchema.index({ announced: 1, opensAt: 1 });
