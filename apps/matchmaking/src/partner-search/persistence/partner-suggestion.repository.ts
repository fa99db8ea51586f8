import { OutboxRelay, type OutboxEntry } from '@icn/messaging';
import { DATABASE_CONNECTION, isDuplicateKeyError } from '@icn/platform';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Connection, Model } from 'mongoose';
import { partnerSuggestionSchema, type PartnerSuggestionDocument } from './partner-suggestion.schema';

export type PartnerSuggestionRecord = Omit<PartnerSuggestionDocument, '_id' | 'outbox'> & { requestId: string };

/** Answers to partner searches in matchmaking's own database, published through the outbox relay. */
@Injectable()
export class PartnerSuggestionRepository implements OnModuleInit {
  readonly model: Model<PartnerSuggestionDocument>;

  constructor(
    @Inject(DATABASE_CONNECTION) connection: Connection,
    private readonly relay: OutboxRelay,
  ) {
    this.model = connection.model<PartnerSuggestionDocument>('PartnerSuggestion', partnerSuggestionSchema);
  }

  get collectionName(): string {
    return this.model.collection.collectionName;
  }

  async onModuleInit(): Promise<void> {
    await this.model.init();
    this.relay.register(this.model);
  }

  /**
   * Stores the record with its event in one write. False when the request already has one (a
   * redelivered request, or another replica was first): it was answered, once.
   */
  async recordOnce(record: PartnerSuggestionRecord, event: OutboxEntry): Promise<boolean> {
    const { requestId, ...fields } = record;
    try {
      await this.model.create([{ ...fields, _id: requestId, outbox: [event] }]);
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  async exists(requestId: string): Promise<boolean> {
    return (await this.model.exists({ _id: requestId })) !== null;
  }
}
