import { OpportunityMatchesSuggested, type OpportunityMatchesSuggestedV1 } from '@icn/contracts';
import { changeOf, eventOf, WritePath, type Aggregate } from '@icn/messaging';
import { DomainConflictError } from '@icn/platform';
import { Injectable } from '@nestjs/common';
import { MATCHMAKING_EVENT_SOURCE } from '../../matchmaking-event-source';
import { OpportunitySuggestionRepository, type SuggestionRecord } from './opportunity-suggestion.repository';

/**
 * An opportunity's suggestions as an aggregate of one version (ADR 12): created once, with its
 * OpportunityMatchesSuggested event (subjectsequence 1 of the opportunity on the suggestion topic),
 * never changed. The write path's claim of version 1 is what makes it once per opportunity across
 * redeliveries and replicas.
 */
@Injectable()
export class OpportunitySuggestionAggregate {
  private readonly aggregate: Aggregate<SuggestionRecord>;

  constructor(writePath: WritePath, repository: OpportunitySuggestionRepository) {
    this.aggregate = writePath.aggregate<SuggestionRecord>({
      name: 'opportunity-suggestion',
      source: MATCHMAKING_EVENT_SOURCE,
      snapshots: repository.snapshots,
      idOf: (record) => record.opportunityId,
    });
  }

  /**
   * Records the suggestions and their event. False when the opportunity already has them (a
   * redelivered publication, or another replica was first): they were made, once.
   */
  async recordOnce(record: Omit<SuggestionRecord, 'version'>, data: OpportunityMatchesSuggestedV1): Promise<boolean> {
    try {
      await this.aggregate.create(changeOf({ ...record, version: 1 }, eventOf(OpportunityMatchesSuggested, data)));
      return true;
    } catch (error) {
      if (error instanceof DomainConflictError) return false;
      throw error;
    }
  }
}
