import { changeOf, eventOf, type Change } from '@icn/messaging';
import { DomainConflictError } from '@icn/platform';
import { OrganisationLeft, OrganisationReinstated, OrganisationSuspended } from '@icn/contracts';
import type { OrganisationState } from './organisation';

/*
 * Membership lifecycle:
 *
 *   active ──suspend──▶ suspended ──reinstate──▶ active
 *     │                    │
 *     └──────leave─────────┴──────▶ left (final)
 *
 * Each refused transition says why, so the 409 a client gets is actionable.
 */

export function suspendOrganisation(state: OrganisationState, reason: string, now: Date): Change<OrganisationState> {
  if (state.status !== 'active') {
    throw new DomainConflictError(`cannot suspend organisation ${state.organisationId}: it is ${state.status}, only an active membership can be suspended`);
  }
  const at = now.toISOString();
  const next = bump(state, now);
  next.status = 'suspended';
  next.suspendedAt = at;
  next.suspensionReason = reason;
  return changeOf(next, eventOf(OrganisationSuspended, { organisationId: state.organisationId, clusterId: state.clusterId, reason, suspendedAt: at }));
}

export function reinstateOrganisation(state: OrganisationState, now: Date): Change<OrganisationState> {
  if (state.status !== 'suspended') {
    throw new DomainConflictError(`cannot reinstate organisation ${state.organisationId}: it is ${state.status}, only a suspended membership can be reinstated`);
  }
  const at = now.toISOString();
  const next = bump(state, now);
  next.status = 'active';
  delete next.suspendedAt;
  delete next.suspensionReason;
  return changeOf(next, eventOf(OrganisationReinstated, { organisationId: state.organisationId, clusterId: state.clusterId, reinstatedAt: at }));
}

export function leaveCluster(state: OrganisationState, reason: string | undefined, now: Date): Change<OrganisationState> {
  if (state.status === 'left') {
    throw new DomainConflictError(`organisation ${state.organisationId} has already left its cluster (at ${state.leftAt})`);
  }
  const at = now.toISOString();
  const next = bump(state, now);
  next.status = 'left';
  next.leftAt = at;
  if (reason !== undefined) next.leftReason = reason;
  const data = { organisationId: state.organisationId, clusterId: state.clusterId, leftAt: at, ...(reason !== undefined ? { reason } : {}) };
  return changeOf(next, eventOf(OrganisationLeft, data));
}

/** Every transition records one event, so it moves exactly one version (the event's subjectsequence). */
function bump(state: OrganisationState, now: Date): OrganisationState {
  return { ...state, version: state.version + 1, updatedAt: now.toISOString() };
}
