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

/** The change's one event, checked against its published contract as the producer's validation does. */
export function onlyValidEventOf<S extends { version: number }>(change: Change<S>): DomainEvent {
  expect(change.events).toHaveLength(1);
  const event = change.events[0] as DomainEvent;
  const result = validatePayload(event.definition.payload, event.data);
  expect(result.ok ? [] : result.errors).toEqual([]);
  return event;
}
