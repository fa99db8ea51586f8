import type { ConsoleUser } from '../../app/session';
import type { PassportApplication } from './labels';

/** The host side (accepts, declines, schedules, reports): whoever manages the host cluster, as the service decides. */
export function isHostSide(user: ConsoleUser, application: PassportApplication): boolean {
  return user.role === 'network-admin' || (user.role === 'cluster-manager' && user.clusterId === application.hostClusterId);
}

/** The applicant side (may cancel): the organisation itself, its cluster's manager, the secretariat. */
export function isApplicantSide(user: ConsoleUser, application: PassportApplication): boolean {
  if (user.role === 'network-admin') return true;
  if (user.role === 'cluster-manager') return user.clusterId === application.homeClusterId;
  return user.organisationId === application.organisationId;
}
