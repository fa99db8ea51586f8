import type { NetworkSchemas } from '../../api/clients';
import type { ConsoleUser } from '../../app/session';

export type NetworkEvent = NetworkSchemas['schemas']['NetworkEventResponse'];
export type Registration = NetworkSchemas['schemas']['RegistrationResponse'];

/*
 * The network API's rules (apps/network/src/network-events/domain/network-event-access.ts), so the
 * page offers only what the API will accept. The API still decides: a refusal shows its reason.
 */

/** Scheduling, attendance and cancelling the event: the host cluster's manager or the secretariat. */
export function mayRunEvent(user: ConsoleUser, hostClusterId: string): boolean {
  return user.role === 'network-admin' || (user.role === 'cluster-manager' && user.clusterId === hostClusterId);
}

/** Scheduling at all: the secretariat, or a cluster manager (for their own cluster). */
export function mayScheduleEvents(user: ConsoleUser): boolean {
  return user.role === 'network-admin' || user.role === 'cluster-manager';
}

/** Acting for an organisation's participant: the member itself, its cluster's manager, the secretariat. */
export function mayActFor(user: ConsoleUser, organisation: { clusterId: string; organisationId: string }): boolean {
  if (user.role === 'network-admin') return true;
  if (user.role === 'cluster-manager') return user.clusterId === organisation.clusterId;
  return user.organisationId === organisation.organisationId;
}

/** Cancelling a registration: whoever may register for its organisation, or whoever runs the event. */
export function mayCancelRegistration(user: ConsoleUser, event: NetworkEvent, registration: Registration): boolean {
  return registration.status !== 'cancelled' && event.status === 'scheduled' && (mayActFor(user, registration) || mayRunEvent(user, event.hostClusterId));
}

/** The caller's own: a member's organisation's registrations, a manager's cluster's (the secretariat has none of its own). */
export function ownRegistrations(user: ConsoleUser, event: NetworkEvent): Registration[] {
  if (user.role === 'network-admin') return [];
  return event.registrations.filter((registration) => mayActFor(user, registration));
}

export const seatsLeft = (event: NetworkEvent): number => Math.max(0, event.capacity - event.confirmed);

/** An event is upcoming until its last day has passed (dates are local to the event; a day's slack covers the zones). */
export function isUpcoming(event: NetworkEvent, today: string): boolean {
  return event.status === 'scheduled' && event.to >= today;
}

/** Registration is open while the event is scheduled and has not started (the API compares UTC days). */
export function registrationOpen(event: NetworkEvent, todayUtc: string): boolean {
  return event.status === 'scheduled' && todayUtc < event.from;
}
