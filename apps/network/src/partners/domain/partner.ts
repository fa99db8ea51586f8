import { changeOf, eventOf, type Change } from '@icn/messaging';
import { PartnerRegistered, PartnerUpdated, type PartnerSnapshotV1 } from '@icn/contracts';

/** A partner as network stores it: exactly the published snapshot (nothing internal to hide). */
export type PartnerState = PartnerSnapshotV1;

/** What the secretariat says about a partner organisation. */
export interface PartnerProfile {
  name: string;
  description?: string;
  website?: string;
  country?: string;
}

function profileOf(input: PartnerProfile): PartnerProfile {
  const { name, description, website, country } = input;
  return { name, ...(description === undefined ? {} : { description }), ...(website === undefined ? {} : { website }), ...(country === undefined ? {} : { country }) };
}

export function registerPartner(partnerId: string, input: PartnerProfile, now: Date): Change<PartnerState> {
  const at = now.toISOString();
  const state: PartnerState = { partnerId, ...profileOf(input), registeredAt: at, updatedAt: at, version: 1 };
  return changeOf(state, eventOf(PartnerRegistered, { partner: state }));
}

/** Replaces the profile; the same profile again changes nothing and emits nothing. */
export function updatePartner(current: PartnerState, input: PartnerProfile, now: Date): Change<PartnerState> | null {
  const profile = profileOf(input);
  const { partnerId, registeredAt, updatedAt: _updatedAt, version, ...currentProfile } = current;
  if (JSON.stringify(sorted(currentProfile)) === JSON.stringify(sorted(profile))) return null;
  const state: PartnerState = { partnerId, ...profile, registeredAt, updatedAt: now.toISOString(), version: version + 1 };
  return changeOf(state, eventOf(PartnerUpdated, { partner: state }));
}

function sorted(value: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
}
