import type { ConsoleUser } from '../../app/session';
import type { Mission } from './labels';

/*
 * Who may do what on a mission, as the service decides it (it checks the same on every call; these
 * only hide what the person could not do): the organiser side runs the call, the selection and
 * the agenda; the host side lists local project owners and acts for them in meetings; whoever may
 * manage an organisation applies and meets for it.
 */
const managesCluster = (user: ConsoleUser, clusterId: string): boolean => user.role === 'network-admin' || (user.role === 'cluster-manager' && user.clusterId === clusterId);

export const isOrganiserSide = (user: ConsoleUser, mission: Mission): boolean => managesCluster(user, mission.organiserClusterId);
export const isHostSide = (user: ConsoleUser, mission: Mission): boolean => managesCluster(user, mission.hostClusterId);

export function canActForOrganisation(user: ConsoleUser, organisation: { clusterId: string; organisationId: string }): boolean {
  if (user.role === 'member') return user.organisationId === organisation.organisationId;
  return managesCluster(user, organisation.clusterId);
}

export function canActForOwner(user: ConsoleUser, mission: Mission, owner: { organisationId?: string }): boolean {
  return isHostSide(user, mission) || (user.role === 'member' && owner.organisationId !== undefined && owner.organisationId === user.organisationId);
}
