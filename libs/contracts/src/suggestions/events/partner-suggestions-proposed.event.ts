// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { PartnerCandidateV1 } from '../partner-candidate';

export class PartnerSuggestionsProposedV1 {
  /** The PartnerSuggestionsRequested request this answers (the event's subject and Kafka key). */
  @IsUUID()
  requestId!: string;

  @IsUUID()
  consortiumId!: string;

  /** Best first; possibly empty (nobody fits), so the requester is never left waiting. */
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => PartnerCandidateV1)
  candidates!: PartnerCandidateV1[];

  /** Matchmaking's PARTNER_SEARCH_LIMIT: more candidates are sent when needed so that every closable gap has one. */
  @IsInt()
  @Min(1)
  @Max(100)
  limit!: number;

  /** The PartnerSuggestionsRequested event this answers. */
  @IsString()
  @Length(1, 200)
  causedByEventId!: string;
}

export const PartnerSuggestionsProposed = defineEvent({
  type: 'org.icn.matchmaking.partner-suggestion.partner-suggestions-proposed.v1',
  version: 1,
  topic: Topics.matchmakingPartnerSuggestion,
  aggregate: 'partner-search',
  payload: PartnerSuggestionsProposedV1,
  summary:
    'Matchmaking\'s answer to a partner search: active organisations outside the consortium ranked by relevance to the call plus the gaps they close, each with the gaps it closes and its explanation (once per request, keyed by the request id).',
});
