import type { CompanySize, ConsortiumMemberV1, ConsortiumSnapshotV1, HelixType } from '@icn/contracts';

/**
 * A consortium as consortia stores it: exactly the published snapshot (nothing internal to hide).
 * The repository adds query helpers (who may see it, when its outcome came) that are derived from it.
 */
export type ConsortiumState = ConsortiumSnapshotV1;

/** What the directory read model tells about an organisation, taken into the consortium when it joins. */
export interface OrganisationProfile {
  organisationId: string;
  name: string;
  clusterId: string;
  country: string;
  helixType: HelixType;
  companySize?: CompanySize;
}

/** Programmes fund beneficiaries only: the coordinator and the partners (see EligibilityRulesV1). */
export function isBeneficiary(member: ConsortiumMemberV1): boolean {
  return member.role === 'coordinator' || member.role === 'partner';
}

export function beneficiariesOf(state: ConsortiumState): ConsortiumMemberV1[] {
  return state.members.filter(isBeneficiary);
}

export function memberOf(state: ConsortiumState, organisationId: string): ConsortiumMemberV1 | undefined {
  return state.members.find((member) => member.organisationId === organisationId);
}

export function coordinatorOf(state: ConsortiumState): ConsortiumMemberV1 {
  const coordinator = memberOf(state, state.coordinatorOrganisationId);
  // Creation puts the coordinator in and nothing removes it, so this only guards the invariant.
  if (coordinator === undefined) throw new Error(`consortium ${state.consortiumId} has no coordinator member`);
  return coordinator;
}
