import type { SubscriberV1 } from '@icn/contracts';
import { canManageCluster, canManageOrganisation, DomainAccessDeniedError, type Principal } from '@icn/platform';

/**
 * Who may manage (and read, and stream) a subscription: a cluster's subscription belongs to its
 * managers; an organisation's to its members and its cluster's managers; the network admin may
 * manage all. Integrators read the notification topic instead, so they have no subscriptions.
 */
export function canManageSubscriber(principal: Principal, subscriber: SubscriberV1): boolean {
  if (subscriber.kind === 'cluster') return canManageCluster(principal, subscriber.clusterId);
  if (subscriber.organisationId === undefined) return false;
  return canManageOrganisation(principal, { clusterId: subscriber.clusterId, organisationId: subscriber.organisationId });
}

export function assertCanManageSubscriber(principal: Principal, subscriber: SubscriberV1): void {
  // One message for every denial, so the response does not reveal whose subscription it is.
  if (!canManageSubscriber(principal, subscriber)) throw new DomainAccessDeniedError('You do not have access to this resource');
}

/** The list query's scope: which subscribers this principal's list is restricted to. */
export function listScope(principal: Principal): { clusterId?: string; organisationId?: string } {
  switch (principal.role) {
    case 'network-admin':
      return {};
    case 'cluster-manager':
      return { clusterId: principal.clusterId };
    case 'member':
      return { clusterId: principal.clusterId, organisationId: principal.organisationId };
    case 'integrator':
      throw new DomainAccessDeniedError('You do not have access to this resource');
  }
}

/**
 * The subscriber of a new subscription when the body names none: a member subscribes for its
 * organisation, a cluster manager for its cluster; a network admin must say which.
 */
export function defaultSubscriber(principal: Principal): SubscriberV1 | undefined {
  if (principal.role === 'member' && principal.clusterId && principal.organisationId) {
    return { kind: 'organisation', clusterId: principal.clusterId, organisationId: principal.organisationId };
  }
  if (principal.role === 'cluster-manager' && principal.clusterId) return { kind: 'cluster', clusterId: principal.clusterId };
  return undefined;
}
