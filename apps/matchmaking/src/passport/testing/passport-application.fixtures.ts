import { randomUUID } from 'node:crypto';
import type { PassportApplicationState } from '../domain/passport-application';
import { submitApplication, type SubmitInput } from '../domain/passport-lifecycle';

/** A fixed "now" for unit tests, so stays can be in the future without depending on the clock. */
export const NOW = new Date('2026-11-28T12:00:00.000Z');

export function aSubmission(overrides: Partial<SubmitInput> = {}): SubmitInput {
  return {
    applicationId: randomUUID(),
    organisationId: randomUUID(),
    organisationName: 'Nordic Heat Pumps ApS',
    homeClusterId: 'clean',
    hostClusterId: 'tweed',
    targetCountry: 'BE',
    purpose: 'Meet Walloon district heating operators',
    from: '2027-03-01',
    to: '2027-03-03',
    services: ['desk-hosting', 'local-key-contacts'],
    submittedBy: 'member-1',
    ...overrides,
  };
}

export function aSubmittedApplication(overrides: Partial<SubmitInput> = {}): PassportApplicationState {
  return submitApplication(aSubmission(overrides), NOW).state;
}
