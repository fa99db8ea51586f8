import type { ConsortiaPaths, ConsortiaSchemas } from '../../api/clients';

/** The consortia API's shapes this page shows, all from the generated client (never written by hand). */
type Schemas = ConsortiaSchemas['schemas'];

export type Consortium = Schemas['ConsortiumResponse'];
export type ConsortiumMember = Schemas['ConsortiumMemberResponse'];
export type ConsortiumInvitation = Schemas['ConsortiumInvitationResponse'];
export type ApplicationSection = Schemas['ApplicationSectionResponse'];
export type BudgetLine = Schemas['BudgetLineResponse'];
export type EligibilityReport = Schemas['EligibilityReportResponse'];
export type FundingCall = Schemas['FundingCallResponse'];
export type OutcomeRegisterEntry = Schemas['OutcomeRegisterEntryResponse'];
export type PartnerSearch = Schemas['PartnerSearchResponse'];
export type PartnerCandidate = Schemas['PartnerCandidateResponse'];
export type PartnerProposal = Schemas['PartnerProposalResponse'];

export type CreateConsortiumBody = Schemas['CreateConsortiumDto'];
export type EligibilityRulesBody = Schemas['EligibilityRulesDto'];
export type GrantBody = Schemas['GrantConsortiumDto'];

export type ConsortiumStatus = NonNullable<NonNullable<ConsortiaPaths['/consortia']['get']['parameters']['query']>['status']>;
export type ConsortiumRole = ConsortiumMember['role'];
export type InvitableRole = Schemas['InviteOrganisationDto']['role'];
export type InvitationStatus = ConsortiumInvitation['status'];
export type SectionStatus = NonNullable<Schemas['UpdateSectionDto']['status']>;
export type BudgetCategory = Schemas['BudgetLineDto']['category'];
