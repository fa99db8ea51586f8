import { mongooseSnapshots, type SnapshotStore } from '@icn/messaging';
import { DATABASE_CONNECTION } from '@icn/platform';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Connection, Model } from 'mongoose';
import { opportunitySuggestionSchema, type OpportunitySuggestionDocument } from './opportunity-suggestion.schema';

/** What matchmaking keeps of an opportunity's suggestions: the aggregate's (one and only) state. */
export type SuggestionRecord = Omit<OpportunitySuggestionDocument, '_id'> & { opportunityId: string };

/**
 * Suggestion records in matchmaking's own database: the snapshot store the write path brings
 * forward (OpportunitySuggestionAggregate is the only writer, ADR 12).
 */
@Injectable()
export class OpportunitySuggestionRepository implements OnModuleInit {
  readonly model: Model<OpportunitySuggestionDocument>;
  readonly snapshots: SnapshotStore<SuggestionRecord>;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection) {
    this.model = connection.model<OpportunitySuggestionDocument>('OpportunitySuggestion', opportunitySuggestionSchema);
    this.snapshots = mongooseSnapshots(this.model, { toDocument, toState });
  }

  async onModuleInit(): Promise<void> {
    await this.model.init();
  }

  async exists(opportunityId: string): Promise<boolean> {
    return (await this.model.exists({ _id: opportunityId })) !== null;
  }
}

function toDocument(record: SuggestionRecord): OpportunitySuggestionDocument {
  const { opportunityId, ...fields } = record;
  return { ...fields, _id: opportunityId };
}

/** The record back from a stored document: no `_id`, no legacy `outbox`; records from before ADR 12 had no version. */
function toState(document: OpportunitySuggestionDocument & { outbox?: unknown }): SuggestionRecord {
  const { _id, outbox: _legacyOutbox, ...fields } = document;
  return { ...fields, opportunityId: _id, version: fields.version ?? 1 };
}
