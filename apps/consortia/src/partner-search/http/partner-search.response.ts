import {
  HELIX_TYPES,
  MATCH_REASON_KINDS,
  PARTNER_GAP_KINDS,
  SECTORS,
  type ClosedGapV1,
  type HelixType,
  type MatchReasonKind,
  type MatchReasonV1,
  type PartnerCandidateV1,
  type PartnerGapKind,
  type PartnerSearchCompetenciesV1,
  type PartnerSearchGapsV1,
  type Sector,
} from '@icn/contracts';
import type { KeysetPage } from '@icn/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { PartnerSearchStatus } from '../domain/partner-search';
import type { PartnerSearchAccepted, PartnerSearchView } from './partner-search.views';

/** Every status a search can have: a Record, so the compiler says when the domain adds one. */
const SEARCH_STATUSES: Record<PartnerSearchStatus, true> = { pending: true, proposed: true };

/** The 202 answer to a new search: matchmaking answers through Kafka; poll the search for its candidates. */
export class PartnerSearchAcceptedResponse implements PartnerSearchAccepted {
  @ApiProperty({ format: 'uuid' }) requestId!: string;
  @ApiProperty({ format: 'uuid' }) consortiumId!: string;
  @ApiProperty({ enum: ['pending'] }) status!: 'pending';
}

/** The competencies the call wants (empty lists: no preference). */
export class PartnerSearchCompetenciesResponse implements PartnerSearchCompetenciesV1 {
  @ApiProperty({ enum: SECTORS, isArray: true }) sectors!: Sector[];
  @ApiProperty({ type: [String] }) technologies!: string[];
  @ApiProperty({ type: [String], description: 'Free words or phrases, compared with what organisations offer.' }) keywords!: string[];
}

/** What the partnership lacked against the call's rules when the search was asked (0 when nothing). */
export class PartnerSearchGapsResponse implements PartnerSearchGapsV1 {
  @ApiProperty({ type: 'integer', description: 'Beneficiaries still needed to reach the minimum.' }) partnersMissing!: number;
  @ApiProperty({ type: 'integer', description: 'Distinct countries still needed.' }) countriesMissing!: number;
  @ApiProperty({ type: [String], description: 'Countries the beneficiaries already come from (a partner from one adds no country).' }) excludedCountries!: string[];
  @ApiProperty({ enum: HELIX_TYPES, isArray: true, description: 'Required helix types no beneficiary has yet.' }) helixTypesMissing!: HelixType[];
  @ApiProperty({ type: 'integer', description: 'SME beneficiaries to add to reach the minimum SME share.' }) smesMissing!: number;
}

/** A gap a candidate closes on its own; `value` names the country or helix type. */
export class ClosedGapResponse implements ClosedGapV1 {
  @ApiProperty({ enum: PARTNER_GAP_KINDS }) kind!: PartnerGapKind;
  @ApiPropertyOptional({ example: 'DE' }) value?: string;
}

/** One reason behind a match score: what matched, the weight applied and what it added. */
export class MatchReasonResponse implements MatchReasonV1 {
  @ApiProperty({ enum: MATCH_REASON_KINDS }) kind!: MatchReasonKind;
  @ApiPropertyOptional({ example: 'targeted-country', description: 'Which rule of the kind applied.' }) rule?: string;
  @ApiProperty({ type: [String], description: 'The matched values (sector, technology, country, helix pair, shared offer/need terms).' }) matched!: string[];
  @ApiProperty({ description: 'One sentence for people.' }) summary!: string;
  @ApiPropertyOptional({ description: 'Additive reasons: the weight applied.' }) weight?: number;
  @ApiPropertyOptional({ description: 'Outcome feedback: the multiplier applied instead of a weight.' }) factor?: number;
  @ApiProperty({ description: 'What it added to the score (negative for a factor below 1).' }) contribution!: number;
}

/** An organisation matchmaking proposes as a partner, with what it brings. */
export class PartnerCandidateResponse implements PartnerCandidateV1 {
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'clean' }) clusterId!: string;
  @ApiProperty({ example: 'DE' }) country!: string;
  @ApiProperty({ enum: HELIX_TYPES }) helixType!: HelixType;
  @ApiProperty({ description: 'A company of SME size.' }) sme!: boolean;
  @ApiProperty({ type: 'integer', minimum: 1, description: '1 for the best candidate.' }) rank!: number;
  @ApiProperty({ minimum: 0 }) score!: number;
  @ApiProperty({ type: [ClosedGapResponse], description: 'The gaps it closes on its own.' }) closes!: ClosedGapResponse[];
  @ApiProperty({ type: [MatchReasonResponse], description: 'Why it scores what it does; the contributions add up to the score.' }) reasons!: MatchReasonResponse[];
}

/** A partner search: pending, or proposed with matchmaking's candidates. */
export class PartnerSearchResponse implements PartnerSearchView {
  @ApiProperty({ format: 'uuid' }) requestId!: string;
  @ApiProperty({ format: 'uuid' }) consortiumId!: string;
  @ApiProperty({ enum: Object.keys(SEARCH_STATUSES), description: 'pending: matchmaking has not answered; proposed: the candidates are in.' })
  status!: PartnerSearchStatus;
  @ApiProperty() callTopic!: string;
  @ApiProperty({ type: PartnerSearchCompetenciesResponse }) competencies!: PartnerSearchCompetenciesResponse;
  @ApiProperty({ type: PartnerSearchGapsResponse }) gaps!: PartnerSearchGapsResponse;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) proposedAt?: string;
  @ApiProperty({ type: [PartnerCandidateResponse], description: 'Best first; empty while pending.' }) candidates!: PartnerCandidateResponse[];
}

/** A page of a consortium's partner searches, newest first. */
export class PartnerSearchPageResponse implements KeysetPage<PartnerSearchResponse> {
  @ApiProperty({ type: [PartnerSearchResponse] }) items!: PartnerSearchResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page.' })
  nextCursor!: string | null;
}
