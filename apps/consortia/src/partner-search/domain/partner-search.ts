import { type Change, changeOf, eventOf } from '@icn/messaging';
import {
  PartnerSuggestionsRequested,
  type OpportunitySnapshotV1,
  type PartnerCandidateV1,
  type PartnerSearchCompetenciesV1,
  type PartnerSearchGapsV1,
  type PartnerSuggestionsProposedV1,
  type Sector,
} from '@icn/contracts';
import { DomainConflictError } from '@icn/platform';
import { beneficiariesOf, type ConsortiumState } from '../../consortia/domain/consortium';
import { gapsOfParties, toRequestedGaps } from './partnership-gaps';

/** pending: asked, matchmaking has not answered; proposed: the candidates are in. */
export type PartnerSearchStatus = 'pending' | 'proposed';

/** A partner search as consortia stores it: the request as sent, then matchmaking's candidates. */
export interface PartnerSearchState {
  requestId: string;
  consortiumId: string;
  status: PartnerSearchStatus;
  callTopic: string;
  competencies: PartnerSearchCompetenciesV1;
  /** The gaps when asked (the proposal is rebuilt against the consortium as it is when read). */
  gaps: PartnerSearchGapsV1;
  memberOrganisationIds: string[];
  requestedBy: string;
  requestedAt: string;
  candidates: PartnerCandidateV1[];
  proposedAt?: string;
  /** The PartnerSuggestionsProposed event stored, for tracing. */
  proposalEventId?: string;
  /** 1 when requested (its one event's sequence); recording matchmaking's answer moves it to 2 without an event. */
  version: number;
}

/** Competencies the coordinator names; any list left out is taken from the funding call, if any. */
export interface CompetencyOverrides {
  sectors?: Sector[];
  technologies?: string[];
  keywords?: string[];
}

/** While the partnership can still change: forming, or drafting (partners may still be added then). */
const SEARCHABLE: ReadonlySet<ConsortiumState['status']> = new Set(['forming', 'drafting']);

/**
 * Asks for partners: the gaps are computed from the eligibility rules on the current beneficiaries;
 * members and organisations with an open invitation are never to be suggested (they are in, or
 * already asked). One event per request, sequence 1 of the request's stream.
 */
export function requestPartnerSearch(
  consortium: ConsortiumState,
  input: { requestId: string; requestedBy: string; fundingCall?: Pick<OpportunitySnapshotV1, 'sectors' | 'technologies'>; overrides: CompetencyOverrides },
  now: Date,
): Change<PartnerSearchState> {
  if (!SEARCHABLE.has(consortium.status)) {
    throw new DomainConflictError(`consortium ${consortium.consortiumId} is ${consortium.status}; partners can only be searched while forming or drafting`);
  }
  const parties = beneficiariesOf(consortium).map((member) => ({ country: member.country, helixType: member.helixType, sme: member.helixType === 'company' && member.companySize === 'sme' }));
  const gaps = toRequestedGaps(gapsOfParties(consortium.rules, parties));
  const competencies: PartnerSearchCompetenciesV1 = {
    sectors: input.overrides.sectors ?? input.fundingCall?.sectors ?? [],
    technologies: input.overrides.technologies ?? input.fundingCall?.technologies ?? [],
    keywords: input.overrides.keywords ?? [],
  };
  const invited = consortium.invitations.filter((invitation) => invitation.status === 'pending').map((invitation) => invitation.organisationId);
  const memberOrganisationIds = [...new Set([...consortium.members.map((member) => member.organisationId), ...invited])];
  const state: PartnerSearchState = {
    requestId: input.requestId,
    consortiumId: consortium.consortiumId,
    status: 'pending',
    callTopic: consortium.call.topic,
    competencies,
    gaps,
    memberOrganisationIds,
    requestedBy: input.requestedBy,
    requestedAt: now.toISOString(),
    candidates: [],
    version: 1,
  };
  const event = eventOf(PartnerSuggestionsRequested, {
    requestId: state.requestId,
    consortiumId: state.consortiumId,
    callTopic: state.callTopic,
    competencies,
    memberOrganisationIds,
    gaps,
  });
  return changeOf(state, event);
}

/**
 * The search with matchmaking's answer, a change without an event (nobody else needs to know);
 * undefined when it was answered already (a redelivery).
 */
export function recordProposal(search: PartnerSearchState, proposal: PartnerSuggestionsProposedV1, eventId: string, now: Date): Change<PartnerSearchState> | undefined {
  if (search.status !== 'pending') return undefined;
  return changeOf({ ...search, status: 'proposed', candidates: proposal.candidates, proposedAt: now.toISOString(), proposalEventId: eventId, version: search.version + 1 });
}
