// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { PartnerSearchCompetenciesV1, PartnerSearchGapsV1 } from '../partner-search';

export class PartnerSuggestionsRequestedV1 {
  /** The request (the event's subject and Kafka key); the answer carries it back. */
  @IsUUID()
  requestId!: string;

  @IsUUID()
  consortiumId!: string;

  /** The call's topic, for people reading the stream. */
  @IsString()
  @Length(1, 500)
  callTopic!: string;

  @ValidateNested()
  @Type(() => PartnerSearchCompetenciesV1)
  competencies!: PartnerSearchCompetenciesV1;

  /** Organisations already in the consortium (any role): never suggested. */
  @IsArray()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(200)
  memberOrganisationIds!: string[];

  @ValidateNested()
  @Type(() => PartnerSearchGapsV1)
  gaps!: PartnerSearchGapsV1;
}

export const PartnerSuggestionsRequested = defineEvent({
  type: 'org.icn.consortia.partner-search.partner-suggestions-requested.v1',
  version: 1,
  topic: Topics.consortiaPartnerSearch,
  aggregate: 'partner-search',
  payload: PartnerSuggestionsRequestedV1,
  summary:
    'A consortium coordinator asked for partner candidates: the call\'s competencies, the current members and what the partnership still lacks (partners, countries, helix types, SME share). Keyed by request id; matchmaking answers with PartnerSuggestionsProposed under the same key.',
});
