import { ApiProperty } from '@nestjs/swagger';
import type { EligibilityReport, EligibilityRule, MissingRequirement } from '../domain/eligibility';

/** Every rule a report can name: a Record, so the compiler says when the domain adds one. */
const ELIGIBILITY_RULES: Record<EligibilityRule, true> = {
  'min-partners': true,
  'max-partners': true,
  'min-countries': true,
  'required-helix-type': true,
  'min-sme-share': true,
};

export class MissingRequirementResponse implements MissingRequirement {
  @ApiProperty({ enum: Object.keys(ELIGIBILITY_RULES) }) rule!: EligibilityRule;
  @ApiProperty({ example: 'needs a research institution', description: 'What is missing, in words a coordinator acts on.' }) message!: string;
}

/** Whether the partnership (beneficiaries that accepted) meets the call's rules, and what is missing. */
export class EligibilityReportResponse implements EligibilityReport {
  @ApiProperty() eligible!: boolean;
  @ApiProperty({ type: [MissingRequirementResponse], description: 'Empty when eligible.' }) missing!: MissingRequirementResponse[];
}
