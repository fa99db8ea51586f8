import type { ConsortiumPermissions } from './consortium-permissions';
import type { Consortium } from './consortium-types';

/** What each part of a consortium's page gets: the consortium, what the person may do, and where a change's answer goes. */
export interface ConsortiumPartProps {
  consortium: Consortium;
  permissions: ConsortiumPermissions;
  onChange: (consortium: Consortium) => void;
}

/** A member's name by organisation id (sections and budget lines name members by id). */
export function memberName(consortium: Consortium, organisationId: string): string {
  return consortium.members.find((member) => member.organisationId === organisationId)?.organisationName ?? organisationId;
}
