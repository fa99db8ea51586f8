import {
  BUDGET_CATEGORIES,
  CALL_SOURCES,
  COMPANY_SIZES,
  CONSORTIUM_ROLES,
  CONSORTIUM_STATUSES,
  HELIX_TYPES,
  INVITABLE_ROLES,
  INVITATION_STATUSES,
  SECTION_STATUSES,
  type ApplicationSectionV1,
  type BudgetCategory,
  type BudgetLineV1,
  type CallSource,
  type CompanySize,
  type ConsortiumCallV1,
  type ConsortiumGrantV1,
  type ConsortiumMemberV1,
  type ConsortiumRole,
  type ConsortiumStatus,
  type EligibilityRulesV1,
  type GrantShareV1,
  type HelixType,
  type InvitableRole,
  type SectionStatus,
} from '@icn/contracts';
import type { KeysetPage } from '@icn/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ConsortiumView, InvitationView } from './consortium.view';

/** The call or programme the consortium applies to. */
export class ConsortiumCallResponse implements ConsortiumCallV1 {
  @ApiProperty({ enum: CALL_SOURCES, description: 'A funding-call opportunity, or typed in by the lead.' }) source!: CallSource;
  @ApiPropertyOptional({ format: 'uuid', description: 'The funding-call opportunity it was built on (source opportunity).' }) opportunityId?: string;
  @ApiProperty({ example: 'COSME' }) programme!: string;
  @ApiProperty() topic!: string;
  @ApiProperty({ format: 'date-time', description: 'When applications close.' }) deadline!: string;
  @ApiPropertyOptional({ description: 'The call’s total budget in EUR, when known.' }) budgetEur?: number;
}

/** What the programme requires of the partnership, counted over beneficiaries (coordinator and partners). */
export class EligibilityRulesResponse implements EligibilityRulesV1 {
  @ApiProperty({ type: 'integer', description: 'Beneficiaries needed, the coordinator included.' }) minPartners!: number;
  @ApiPropertyOptional({ type: 'integer' }) maxPartners?: number;
  @ApiProperty({ type: 'integer', description: 'Distinct countries the beneficiaries must come from.' }) minCountries!: number;
  @ApiProperty({ enum: HELIX_TYPES, isArray: true, description: 'Each needs at least one beneficiary of that type.' }) requiredHelixTypes!: HelixType[];
  @ApiProperty({ description: 'Minimum share of beneficiaries that are SMEs, in percent (by head count).' }) minSmeSharePercent!: number;
}

/** An organisation in the consortium, as the directory described it when it joined. */
export class ConsortiumMemberResponse implements ConsortiumMemberV1 {
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty({ example: 'clean' }) clusterId!: string;
  @ApiProperty({ example: 'DK' }) country!: string;
  @ApiProperty({ enum: HELIX_TYPES }) helixType!: HelixType;
  @ApiPropertyOptional({ enum: COMPANY_SIZES }) companySize?: CompanySize;
  @ApiProperty({ enum: CONSORTIUM_ROLES }) role!: ConsortiumRole;
  @ApiProperty({ format: 'date-time' }) joinedAt!: string;
}

/** An invitation as shown: a pending one past its expiry reads `expired`. */
export class ConsortiumInvitationResponse implements InvitationView {
  @ApiProperty({ format: 'uuid' }) invitationId!: string;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty({ example: 'clean' }) clusterId!: string;
  @ApiProperty({ enum: INVITABLE_ROLES }) role!: InvitableRole;
  @ApiProperty({ enum: [...INVITATION_STATUSES, 'expired'] }) status!: InvitationView['status'];
  @ApiProperty({ description: 'The subject that sent it.' }) invitedBy!: string;
  @ApiProperty({ format: 'date-time' }) invitedAt!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) respondedAt?: string;
}

/** One part of the application text, with who writes it and by when. */
export class ApplicationSectionResponse implements ApplicationSectionV1 {
  @ApiProperty({ example: 'excellence', description: 'Kebab-case key, unique in the consortium.' }) key!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'uuid', description: 'The member organisation that writes it.' }) ownerOrganisationId!: string;
  @ApiProperty({ example: '2027-03-01', description: 'YYYY-MM-DD.' }) dueDate!: string;
  @ApiProperty({ enum: SECTION_STATUSES }) status!: SectionStatus;
}

export class BudgetLineResponse implements BudgetLineV1 {
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty({ enum: BUDGET_CATEGORIES }) category!: BudgetCategory;
  @ApiProperty({ minimum: 0 }) amountEur!: number;
}

export class GrantShareResponse implements GrantShareV1 {
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty({ minimum: 0 }) amountEur!: number;
}

/** The grant awarded; the shares add up to the total to the cent. */
export class ConsortiumGrantResponse implements ConsortiumGrantV1 {
  @ApiProperty({ minimum: 0 }) totalEur!: number;
  @ApiProperty({ type: [GrantShareResponse], description: 'One per beneficiary.' }) shares!: GrantShareResponse[];
}

/** A consortium as the API returns it: the snapshot its events carry, with expired invitations shown as such. */
export class ConsortiumResponse implements ConsortiumView {
  @ApiProperty({ format: 'uuid' }) consortiumId!: string;
  @ApiProperty({ description: 'Project title or acronym.' }) title!: string;
  @ApiProperty({ type: ConsortiumCallResponse }) call!: ConsortiumCallResponse;
  @ApiProperty({ type: EligibilityRulesResponse }) rules!: EligibilityRulesResponse;
  @ApiProperty({ enum: CONSORTIUM_STATUSES }) status!: ConsortiumStatus;
  @ApiProperty({ format: 'uuid', description: 'The lead organisation; also in members with role coordinator.' }) coordinatorOrganisationId!: string;
  @ApiProperty({ type: [ConsortiumMemberResponse] }) members!: ConsortiumMemberResponse[];
  @ApiProperty({ type: [ConsortiumInvitationResponse] }) invitations!: ConsortiumInvitationResponse[];
  @ApiProperty({ type: [ApplicationSectionResponse] }) sections!: ApplicationSectionResponse[];
  @ApiProperty({ type: [BudgetLineResponse] }) budgetLines!: BudgetLineResponse[];
  @ApiPropertyOptional({ type: ConsortiumGrantResponse }) grant?: ConsortiumGrantResponse;
  @ApiPropertyOptional({ description: 'The funder’s feedback on a rejection.' }) feedback?: string;
  @ApiPropertyOptional() withdrawalReason?: string;
  @ApiProperty({ description: 'The subject that created it.' }) createdBy!: string;
  @ApiProperty({ description: 'Aggregate version; the sequence of its latest event.' }) version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) draftingStartedAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) submittedAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) reserveListedAt?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'When the final outcome (granted, rejected, withdrawn) was recorded.' }) closedAt?: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

/** A page of consortia, newest first. */
export class ConsortiumPageResponse implements KeysetPage<ConsortiumResponse> {
  @ApiProperty({ type: [ConsortiumResponse] }) items!: ConsortiumResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page.' })
  nextCursor!: string | null;
}
