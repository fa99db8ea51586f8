import { mongooseSnapshots, type SnapshotStore } from '@icn/messaging';
import { DATABASE_CONNECTION } from '@icn/platform';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Connection, Model } from 'mongoose';
import { partnerSuggestionSchema, type PartnerSuggestionDocument } from './partner-suggestion.schema';

/** What matchmaking keeps of its answer to a partner search: the aggregate's (one and only) state. */
export type PartnerSuggestionRecord = Omit<PartnerSuggestionDocument, '_id'> & { requestId: string };

/**
 * Answers to partner searches in matchmaking's own database: the snapshot store the write path
 * brings forward (PartnerSuggestionAggregate is the only writer, ADR 12).
 */
@Injectable()
export class PartnerSuggestionRepository implements OnModuleInit {
  readonly model: Model<PartnerSuggestionDocument>;
  readonly snapshots: SnapshotStore<PartnerSuggestionRecord>;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection) {
    this.model = connection.model<PartnerSuggestionDocument>('PartnerSuggestion', partnerSuggestionSchema);
    this.snapshots = mongooseSnapshots(this.model, { toDocument, toState });
  }

  async onModuleInit(): Promise<void> {
    await this.model.init();
  }

  async exists(requestId: string): Promise<boolean> {
    return (await this.model.exists({ _id: requestId })) !== null;
  }
}

function toDocument(record: PartnerSuggestionRecord): PartnerSuggestionDocument {
  const { requestId, ...fields } = record;
  return { ...fields, _id: requestId };
}

/** The record back from a stored document: no `_id`, no legacy `outbox`; records from before ADR 12 had no version. */
function toState(document: PartnerSuggestionDocument & { outbox?: unknown }): PartnerSuggestionRecord {
  const { _id, outbox: _legacyOutbox, ...fields } = document;
  return { ...fields, requestId: _id, version: fields.version ?? 1 };
}
