// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsNumber, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { OpportunitySnapshotV1 } from '../../opportunities/opportunity.snapshot';
import { Topics } from '../../topics';
import { SuggestedOrganisationV1 } from '../suggested-organisation';

export class OpportunityMatchesSuggestedV1 {
  /** The opportunity as it was published (the receiver may hold a newer state). */
  @ValidateNested()
  @Type(() => OpportunitySnapshotV1)
  opportunity!: OpportunitySnapshotV1;

  /** Best first; only matches scoring at least `minScore`, at most `limit` of them; never empty. */
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => SuggestedOrganisationV1)
  suggestions!: SuggestedOrganisationV1[];

  /** The suggestion threshold matchmaking applied (its `SUGGESTION_MIN_SCORE`). */
  @IsNumber()
  @Min(0)
  minScore!: number;

  /** The most suggestions it would send (its `SUGGESTION_LIMIT`). */
  @IsInt()
  @Min(1)
  @Max(100)
  limit!: number;

  /** The OpportunityPublished event these suggestions answer. */
  @IsString()
  @Length(1, 200)
  causedByEventId!: string;
}

export const OpportunityMatchesSuggested = defineEvent({
  type: 'org.icn.matchmaking.suggestion.opportunity-matches-suggested.v1',
  version: 1,
  topic: Topics.matchmakingSuggestion,
  aggregate: 'opportunity',
  payload: OpportunityMatchesSuggestedV1,
  summary:
    'Matchmaking ranked the organisations for a newly published opportunity; carries the best matches above the threshold with their explanations (at most once per opportunity). The opportunities service delivers each to the organisation\'s streams as "recommended".',
});
