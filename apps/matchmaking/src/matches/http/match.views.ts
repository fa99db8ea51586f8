import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import type { MatchReason } from '../../matching/match-explanation';

const REASON_KINDS: readonly MatchReason['kind'][] = ['sector', 'technology', 'offer-need', 'country', 'helix', 'cluster', 'outcome-feedback'];

/**
 * The reasons are the engine's explanation as it is (see matching/match-explanation.ts); OpenAPI
 * describes their common part, since each kind adds its own fields (what matched).
 */
const REASONS_SCHEMA: ApiPropertyOptions = {
  type: 'array',
  description:
    'Why the pair matched: each reason names what matched (sector, technology, offer/need pair, country, helix or cluster rule, outcome feedback), the weight applied and its contribution; contributions add up to the score.',
  items: {
    type: 'object',
    required: ['kind', 'contribution'],
    properties: {
      kind: { type: 'string', enum: [...REASON_KINDS] },
      weight: { type: 'number' },
      factor: { type: 'number', description: 'Outcome feedback only: the multiplier applied.' },
      contribution: { type: 'number' },
    },
    additionalProperties: true,
  },
};

export class OrganisationMatchView {
  @ApiProperty({ format: 'uuid' })
  organisationId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ description: 'Higher is better; the sum of the reasons’ contributions.' })
  score!: number;

  @ApiProperty(REASONS_SCHEMA)
  reasons!: MatchReason[];
}

export class OpportunityMatchView {
  @ApiProperty({ format: 'uuid' })
  opportunityId!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ description: 'Higher is better; the sum of the reasons’ contributions.' })
  score!: number;

  @ApiProperty(REASONS_SCHEMA)
  reasons!: MatchReason[];
}

export class OrganisationMatchListView {
  @ApiProperty({ type: [OrganisationMatchView], description: 'Best first; ties in id order.' })
  items!: OrganisationMatchView[];
}

export class OpportunityMatchListView {
  @ApiProperty({ type: [OpportunityMatchView], description: 'Open opportunities only, best first; ties in id order.' })
  items!: OpportunityMatchView[];
}
