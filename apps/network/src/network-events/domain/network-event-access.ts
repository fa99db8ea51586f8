import type { NetworkEventRegistrationV1 } from '@icn/contracts';
import { canManageCluster, canManageOrganisation, canReadCluster, DomainAccessDeniedError, type Principal } from '@icn/platform';
import type { NetworkEventState } from './network-event';

/*
 * Who may do what with a network event. Events are network-wide: every authenticated caller sees
 * them and members of every cluster may register. The host cluster's manager (or the secretariat)
 * runs them. A registration names an organisation, so the list is shown only as far as the caller
 * may read that organisation's cluster — the same rule as the membership directory (a cluster
 * manager of the host sees the whole list: it must admit the people).
 */

/** Scheduling, attendance and cancellation: the host cluster's manager or the secretariat. */
export function assertMayRunEvent(principal: Principal, hostClusterId: string): void {
  if (!canManageCluster(principal, hostClusterId)) {
    throw new DomainAccessDeniedError(`only the manager of host cluster ${hostClusterId} or the secretariat may run this event`);
  }
}

/** Registering (or cancelling) a participant of an organisation: the member itself, its cluster manager or the secretariat. */
export function assertMayRegister(principal: Principal, organisation: { clusterId: string; organisationId: string }): void {
  if (!canManageOrganisation(principal, organisation)) {
    throw new DomainAccessDeniedError(`you may register only participants of your own organisation (or, as a cluster manager, of your cluster)`);
  }
}

/** Cancelling a registration: whoever may register for its organisation, or whoever runs the event. */
export function assertMayCancelRegistration(principal: Principal, event: NetworkEventState, registration: NetworkEventRegistrationV1): void {
  if (canManageOrganisation(principal, registration) || canManageCluster(principal, event.hostClusterId)) return;
  throw new DomainAccessDeniedError(`you may cancel only your own organisation's registrations`);
}

/** The registrations this caller may see (the host's manager and the secretariat: all). */
export function visibleRegistrations(principal: Principal, event: NetworkEventState): NetworkEventRegistrationV1[] {
  if (canManageCluster(principal, event.hostClusterId)) return event.registrations;
  return event.registrations.filter((registration) => canReadCluster(principal, registration.clusterId));
}
