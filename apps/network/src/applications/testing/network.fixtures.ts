import { randomUUID } from 'node:crypto';
import { validatePayload } from '@icn/contracts';
import type { Change, DomainEvent } from '@icn/messaging';
import type { ApplicantProfile } from '../../partners/domain/eligibility';
import { registerProgramme, type ProgrammeDefinition, type ProgrammeState } from '../../partners/domain/programme';

export const NOW = new Date('2027-02-01T10:00:00.000Z');

export function aProgrammeDefinition(overrides: Partial<ProgrammeDefinition> = {}): ProgrammeDefinition {
  return {
    title: 'C40 city solutions platform',
    eligibility: { sectors: ['energy-efficiency', 'smart-cities'], helixTypes: ['company'], countries: [] },
    callWindow: { opensAt: '2027-01-15T00:00:00.000Z', closesAt: '2027-03-31T17:00:00.000Z' },
    requirements: [
      { key: 'solution-summary', title: 'Solution summary' },
      { key: 'references', title: 'City references' },
    ],
    ...overrides,
  };
}

export function aProgramme(overrides: Partial<ProgrammeDefinition> = {}): ProgrammeState {
  return registerProgramme(randomUUID(), { partnerId: randomUUID(), name: 'C40 Cities' }, aProgrammeDefinition(overrides), new Date('2027-01-01T00:00:00.000Z')).state;
}

export function anApplicant(overrides: Partial<ApplicantProfile> = {}): ApplicantProfile {
  return { organisationId: randomUUID(), name: 'Nordic Heat ApS', clusterId: 'clean', country: 'DK', helixType: 'company', sectors: ['energy-efficiency'], status: 'active', ...overrides };
}

/**
 * The change's one event, checked against its published contract as the producer's validation does.
 * Throws rather than calling jest's `expect`, so the file compiles with the service's build too.
 */
export function onlyValidEventOf<S extends { version: number }>(change: Change<S>): DomainEvent {
  if (change.events.length !== 1) throw new Error(`expected exactly one event, got ${change.events.length}`);
  const event = change.events[0] as DomainEvent;
  const result = validatePayload(event.definition.payload, event.data);
  if (!result.ok) throw new Error(`${event.definition.type} breaks its contract: ${JSON.stringify(result.errors)}`);
  return event;
}
