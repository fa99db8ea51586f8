import { PartnerSuggestionsProposed, type PartnerSuggestionsProposedV1 } from '@icn/contracts';
import { changeOf, eventOf, WritePath, type Aggregate } from '@icn/messaging';
import { DomainConflictError } from '@icn/platform';
import { Injectable } from '@nestjs/common';
import { MATCHMAKING_EVENT_SOURCE } from '../../matchmaking-event-source';
import { PartnerSuggestionRepository, type PartnerSuggestionRecord } from './partner-suggestion.repository';

/**
 * Matchmaking's answer to a partner search as an aggregate of one version (ADR 12): created once,
 * with its PartnerSuggestionsProposed event (subjectsequence 1 of the request on the answer topic),
 * never changed. The write path's claim of version 1 is what makes it once per request across
 * redeliveries and replicas.
 */
@Injectable()
export class PartnerSuggestionAggregate {
  private readonly aggregate: Aggregate<PartnerSuggestionRecord>;

  constructor(writePath: WritePath, repository: PartnerSuggestionRepository) {
    this.aggregate = writePath.aggregate<PartnerSuggestionRecord>({
      name: 'partner-suggestion',
      source: MATCHMAKING_EVENT_SOURCE,
      snapshots: repository.snapshots,
      idOf: (record) => record.requestId,
    });
  }

  /**
   * Records the answer and its event. False when the request already has one (a redelivered
   * request, or another replica was first): it was answered, once.
   */
  async recordOnce(record: Omit<PartnerSuggestionRecord, 'version'>, data: PartnerSuggestionsProposedV1): Promise<boolean> {
    try {
      await this.aggregate.create(changeOf({ ...record, version: 1 }, eventOf(PartnerSuggestionsProposed, data)));
      return true;
    } catch (error) {
      if (error instanceof DomainConflictError) return false;
      throw error;
    }
  }
}
