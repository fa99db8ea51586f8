import type { GuardedCollection } from '@icn/messaging';
import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, DATABASE_CONNECTION } from '@icn/platform';
import type { Connection, mongo } from 'mongoose';
import type { MatchmakingConfig } from '../../matchmaking.config';
import { MATCHMAKING_PROGRAMMES_COLLECTION, type MatchmakingProgrammeDocument } from './matchmaking-programme.document';

/**
 * Programme snapshots in matchmaking's own database; written only by the projection. The one query
 * is by `_id` (a ranking for one programme), so the collection needs no index of its own.
 */
@Injectable()
export class MatchmakingProgrammeRepository {
  private readonly collection: mongo.Collection<MatchmakingProgrammeDocument>;
  /** The same collection, untyped, for the projection (see GuardedProjection). */
  readonly projectionTarget: GuardedCollection;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection, @Inject(CONFIG) config: Pick<MatchmakingConfig, 'PROGRAMME_COLLECTION_SUFFIX'>) {
    const name = `${MATCHMAKING_PROGRAMMES_COLLECTION}${config.PROGRAMME_COLLECTION_SUFFIX}`;
    this.collection = connection.collection<MatchmakingProgrammeDocument>(name);
    this.projectionTarget = connection.collection<{ _id: string }>(name);
  }

  findById(programmeId: string): Promise<MatchmakingProgrammeDocument | null> {
    return this.collection.findOne({ _id: programmeId });
  }
}
