import { ApiProperty } from '@nestjs/swagger';
import { MissingRequirementResponse } from '../../consortia/http/eligibility-report.response';
import type { PartnerProposal, ProposedPartner } from '../domain/partner-proposal-builder';
import { ClosedGapResponse, PartnerCandidateResponse } from './partner-search.response';
import type { PartnerProposalView } from './partner-search.views';

/** Every method the builder uses: a Record, so the compiler says when it gains one. */
const METHODS: Record<PartnerProposal['method'], true> = { exhaustive: true, greedy: true };

export class ProposedPartnerResponse implements ProposedPartner {
  @ApiProperty({ type: PartnerCandidateResponse }) candidate!: PartnerCandidateResponse;
  @ApiProperty({ type: [ClosedGapResponse], description: 'What this partner closes in the proposal, applied in rank order.' }) closes!: ClosedGapResponse[];
}

/** A small set of the candidates that together close every missing requirement they can. */
export class PartnerProposalResponse implements PartnerProposalView {
  @ApiProperty({ format: 'uuid' }) requestId!: string;
  @ApiProperty({ format: 'uuid' }) consortiumId!: string;
  @ApiProperty({ description: 'What "best" meant for this proposal.' }) optimises!: string;
  @ApiProperty({
    enum: Object.keys(METHODS),
    description: 'exhaustive: no set of at most as many candidates does better; greedy: too many sets to check, the greedy cover.',
  })
  method!: PartnerProposal['method'];
  @ApiProperty({ type: [ProposedPartnerResponse] }) partners!: ProposedPartnerResponse[];
  @ApiProperty({ description: 'The sum of the proposed partners’ scores.' }) totalScore!: number;
  @ApiProperty({ description: 'True when the consortium would be eligible with these partners joining as partners.' }) eligibleWithProposal!: boolean;
  @ApiProperty({ type: [MissingRequirementResponse], description: 'What would still be missing: the requirements no candidate can close.' })
  uncovered!: MissingRequirementResponse[];
}
