import { OutboxRelay, type OutboxEntry } from '@icn/messaging';
import { DATABASE_CONNECTION, isDuplicateKeyError } from '@icn/platform';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Connection, Model } from 'mongoose';
import { opportunitySuggestionSchema, type OpportunitySuggestionDocument } from './opportunity-suggestion.schema';

export type SuggestionRecord = Omit<OpportunitySuggestionDocument, '_id' | 'outbox'> & { opportunityId: string };

/** Suggestion records in matchmaking's own database, published through the outbox relay. */
@Injectable()
export class OpportunitySuggestionRepository implements OnModuleInit {
  readonly model: Model<OpportunitySuggestionDocument>;

  constructor(
    @Inject(DATABASE_CONNECTION) connection: Connection,
    private readonly relay: OutboxRelay,
  ) {
    this.model = connection.model<OpportunitySuggestionDocument>('OpportunitySuggestion', opportunitySuggestionSchema);
  }

  get collectionName(): string {
    return this.model.collection.collectionName;
  }

  async onModuleInit(): Promise<void> {
    await this.model.init();
    this.relay.register(this.model);
  }

  /**
   * Stores the record with its event in one write. False when the opportunity already has one (a
   * redelivered publication, or another replica was first): the suggestions were made, once.
   */
  async recordOnce(record: SuggestionRecord, event: OutboxEntry): Promise<boolean> {
    const { opportunityId, ...fields } = record;
    try {
      await this.model.create([{ ...fields, _id: opportunityId, outbox: [event] }]);
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  async exists(opportunityId: string): Promise<boolean> {
    return (await this.model.exists({ _id: opportunityId })) !== null;
  }
}
