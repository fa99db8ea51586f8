import type { MatchmakingSchemas } from '../../api/clients';
import type { ConsoleUser } from '../../app/session';

export type Introduction = MatchmakingSchemas['schemas']['IntroductionResponse'];

/**
 * Which side of an introduction the signed-in person may act for, as the service decides it:
 * A's side (the requester, its cluster's manager, the secretariat) withdraws; B's side (the
 * target, its cluster's manager, the secretariat) accepts or declines; either records the outcome.
 */
export function sidesOf(user: ConsoleUser, introduction: Introduction): { requester: boolean; target: boolean } {
  if (user.role === 'network-admin') return { requester: true, target: true };
  if (user.role === 'cluster-manager') return { requester: introduction.requesterClusterId === user.clusterId, target: introduction.targetClusterId === user.clusterId };
  return { requester: introduction.requesterOrganisationId === user.organisationId, target: introduction.targetOrganisationId === user.organisationId };
}

export type Box = 'received' | 'sent';

/**
 * Whether an introduction belongs in the received or the sent box: seen from the chosen
 * organisation when there is one, else from the person's own organisation or cluster.
 */
export function inBox(box: Box, introduction: Introduction, user: ConsoleUser, organisationId: string): boolean {
  if (organisationId !== '') return box === 'received' ? introduction.targetOrganisationId === organisationId : introduction.requesterOrganisationId === organisationId;
  if (user.role === 'cluster-manager') return box === 'received' ? introduction.targetClusterId === user.clusterId : introduction.requesterClusterId === user.clusterId;
  return true;
}
