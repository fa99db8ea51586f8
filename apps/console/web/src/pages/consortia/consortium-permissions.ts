import type { ConsoleUser } from '../../app/session';
import type { Consortium, ConsortiumStatus } from './consortium-types';

/**
 * What the signed-in person may do on a consortium, mirroring consortia's rules
 * (apps/consortia/src/consortia/domain/consortium-access.ts and the lifecycle) so the page offers
 * only the actions that can succeed. The service still decides: a 403 or 409 is shown next to the
 * action if the page and the service ever disagree.
 */
export interface Party {
  organisationId: string;
  clusterId: string;
}

/** The secretariat acts for everyone, a cluster manager for its cluster's organisations, a member for its own. */
export function actsFor(user: ConsoleUser, party: Party): boolean {
  switch (user.role) {
    case 'network-admin':
      return true;
    case 'cluster-manager':
      return user.clusterId === party.clusterId;
    case 'member':
      return user.clusterId === party.clusterId && user.organisationId === party.organisationId;
  }
}

/** Before submission the partnership and the workspace may still change. */
const OPEN: readonly ConsortiumStatus[] = ['forming', 'drafting'];

export interface ConsortiumPermissions {
  /** The coordinator organisation's people, its cluster manager, the secretariat. */
  coordinatorSide: boolean;
  invite: boolean;
  /** Remove a member (never the coordinator): coordinator side, before submission. */
  remove: (member: Party) => boolean;
  /** Leave (never the coordinator): whoever acts for that member, before submission. */
  leave: (member: Party) => boolean;
  /** Accept or decline: whoever acts for the invitee, while the invitation is pending. */
  answer: (invitation: Party & { status: string }) => boolean;
  planSections: boolean;
  /** A section's status: the coordinator side or whoever acts for its owner. */
  setSectionStatus: (ownerOrganisationId: string) => boolean;
  /** A member's budget lines: the coordinator side or whoever acts for that member. */
  setBudget: (member: Party) => boolean;
  seePartnerSearches: boolean;
  requestPartnerSearch: boolean;
  startDrafting: boolean;
  submit: boolean;
  withdraw: boolean;
  recordOutcome: boolean;
  reserveList: boolean;
}

export function permissionsFor(user: ConsoleUser, consortium: Consortium): ConsortiumPermissions {
  const coordinator = consortium.members.find((member) => member.organisationId === consortium.coordinatorOrganisationId);
  const coordinatorSide = coordinator !== undefined && actsFor(user, coordinator);
  const open = OPEN.includes(consortium.status);
  const memberParty = (organisationId: string) => consortium.members.find((member) => member.organisationId === organisationId);
  const isCoordinator = (party: Party) => party.organisationId === consortium.coordinatorOrganisationId;
  return {
    coordinatorSide,
    invite: coordinatorSide && open,
    remove: (member) => coordinatorSide && open && !isCoordinator(member),
    leave: (member) => open && !isCoordinator(member) && actsFor(user, member),
    answer: (invitation) => open && invitation.status === 'pending' && actsFor(user, invitation),
    planSections: coordinatorSide && open,
    setSectionStatus: (ownerOrganisationId) => {
      const owner = memberParty(ownerOrganisationId);
      return open && (coordinatorSide || (owner !== undefined && actsFor(user, owner)));
    },
    setBudget: (member) => open && (coordinatorSide || actsFor(user, member)),
    seePartnerSearches: user.role === 'network-admin' || consortium.members.some((member) => actsFor(user, member)),
    requestPartnerSearch: coordinatorSide && open,
    startDrafting: coordinatorSide && consortium.status === 'forming',
    submit: coordinatorSide && consortium.status === 'drafting',
    withdraw: coordinatorSide && (open || consortium.status === 'submitted'),
    recordOutcome: coordinatorSide && (consortium.status === 'submitted' || consortium.status === 'reserve-list'),
    reserveList: coordinatorSide && consortium.status === 'submitted',
  };
}
