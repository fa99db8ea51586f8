import { changeOf, eventOf, type Change } from '@icn/messaging';
import { DomainValidationError } from '@icn/platform';
import {
  ProgrammeRegistered,
  ProgrammeUpdated,
  type CallWindowV1,
  type ProgrammeEligibilityV1,
  type ProgrammeRequirementV1,
  type ProgrammeSnapshotV1,
} from '@icn/contracts';

/** A programme as network stores it: exactly the published snapshot. */
export type ProgrammeState = ProgrammeSnapshotV1;

/** What the secretariat registers about a partner's programme. */
export interface ProgrammeDefinition {
  title: string;
  description?: string;
  eligibility: ProgrammeEligibilityV1;
  callWindow: CallWindowV1;
  requirements: ProgrammeRequirementV1[];
}

/** Where a programme's call stands at a moment: applications are drafted and submitted only while `open`. */
export type CallWindowPhase = 'upcoming' | 'open' | 'closed';

export function callWindowPhase(window: CallWindowV1, now: Date): CallWindowPhase {
  if (now.getTime() < Date.parse(window.opensAt)) return 'upcoming';
  return now.getTime() < Date.parse(window.closesAt) ? 'open' : 'closed';
}

/**
 * Validated and normalised: lists deduplicated and sorted (they are sets), one requirement per key.
 * The service calls it before looking the partner or programme up, so a bad definition is a 400
 * whatever it is about.
 */
export function programmeDefinitionOf(input: ProgrammeDefinition): ProgrammeDefinition {
  if (Date.parse(input.callWindow.closesAt) <= Date.parse(input.callWindow.opensAt)) {
    throw new DomainValidationError('callWindow.closesAt', `must be after callWindow.opensAt (${input.callWindow.opensAt})`);
  }
  const keys = input.requirements.map((requirement) => requirement.key);
  const repeated = keys.find((key, index) => keys.indexOf(key) !== index);
  if (repeated !== undefined) throw new DomainValidationError('requirements', `requirement key ${repeated} is given twice`);
  const set = <T extends string>(values: readonly T[]): T[] => [...new Set(values)].sort();
  return {
    title: input.title,
    ...(input.description === undefined ? {} : { description: input.description }),
    eligibility: { sectors: set(input.eligibility.sectors), helixTypes: set(input.eligibility.helixTypes), countries: set(input.eligibility.countries) },
    callWindow: { opensAt: input.callWindow.opensAt, closesAt: input.callWindow.closesAt },
    requirements: input.requirements.map(({ key, title, description }) => ({ key, title, ...(description === undefined ? {} : { description }) })),
  };
}

export function registerProgramme(programmeId: string, partner: { partnerId: string; name: string }, input: ProgrammeDefinition, now: Date): Change<ProgrammeState> {
  const at = now.toISOString();
  const state: ProgrammeState = { programmeId, partnerId: partner.partnerId, partnerName: partner.name, ...programmeDefinitionOf(input), registeredAt: at, updatedAt: at, version: 1 };
  return changeOf(state, eventOf(ProgrammeRegistered, { programme: state }));
}

/**
 * Replaces the definition (a call extended, eligibility widened, a requirement added). Applications
 * already submitted keep what they answered; the new requirements apply to those not yet submitted.
 * The same definition again changes nothing and emits nothing.
 */
export function updateProgramme(current: ProgrammeState, partnerName: string, input: ProgrammeDefinition, now: Date): Change<ProgrammeState> | null {
  const definition = programmeDefinitionOf(input);
  const { programmeId, partnerId, registeredAt, version } = current;
  const unchanged = JSON.stringify({ ...programmeDefinitionOf(current), partnerName: current.partnerName }) === JSON.stringify({ ...definition, partnerName });
  if (unchanged) return null;
  const state: ProgrammeState = { programmeId, partnerId, partnerName, ...definition, registeredAt, updatedAt: now.toISOString(), version: version + 1 };
  return changeOf(state, eventOf(ProgrammeUpdated, { programme: state }));
}
