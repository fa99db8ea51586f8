import { changeOf, eventOf, type Change } from '@icn/messaging';
import { DomainConflictError, withoutUndefined } from '@icn/platform';
import { OrganisationJoined, OrganisationUpdated } from '@icn/contracts';
import {
  assertProfileConsistent,
  CLEARABLE_PROFILE_FIELDS,
  toOrganisationSnapshot,
  type Contact,
  type OrganisationProfile,
  type OrganisationState,
} from './organisation';

export interface JoinCommand {
  organisationId: string;
  clusterId: string;
  profile: OrganisationProfile;
  contacts: Contact[];
  now: Date;
}

/** A new membership starts active at version 1; its OrganisationJoined event has sequence 1. */
export function joinOrganisation(command: JoinCommand): Change<OrganisationState> {
  const profile = withoutUndefined(command.profile);
  assertProfileConsistent(profile);
  const at = command.now.toISOString();
  const state: OrganisationState = {
    ...profile,
    organisationId: command.organisationId,
    clusterId: command.clusterId,
    contacts: command.contacts,
    status: 'active',
    joinedAt: at,
    updatedAt: at,
    version: 1,
  };
  return changeOf(state, eventOf(OrganisationJoined, { organisation: toOrganisationSnapshot(state) }));
}

/** A partial profile: a present key replaces the value, `null` clears an optional field. */
export type ProfilePatch = { [K in keyof OrganisationProfile]?: OrganisationProfile[K] | null };

/**
 * Applies a profile patch. Returns null when nothing actually changes, so that a no-op PATCH
 * neither bumps the version nor emits an event (OrganisationUpdated requires changed fields).
 */
export function updateProfile(state: OrganisationState, patch: ProfilePatch, now: Date): Change<OrganisationState> | null {
  if (state.status === 'left') {
    throw new DomainConflictError(`organisation ${state.organisationId} has left its cluster; its profile can no longer change`);
  }
  const next: OrganisationState = { ...state };
  const nextRecord = next as unknown as Record<string, unknown>;
  const changedFields: string[] = [];
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const current = nextRecord[field];
    if (value === null) {
      if (!(CLEARABLE_PROFILE_FIELDS as readonly string[]).includes(field) || current === undefined) continue;
      delete nextRecord[field];
    } else {
      if (sameValue(current, value)) continue;
      nextRecord[field] = value;
    }
    changedFields.push(field);
  }
  if (changedFields.length === 0) return null;
  assertProfileConsistent(next);
  next.version = state.version + 1;
  next.updatedAt = now.toISOString();
  return changeOf(next, eventOf(OrganisationUpdated, { organisation: toOrganisationSnapshot(next), changedFields: changedFields.sort() }));
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
