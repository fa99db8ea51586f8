import { randomUUID } from 'node:crypto';
import type { IntroductionState } from '../domain/introduction';
import { acceptIntroduction, requestIntroduction, type RequestInput } from '../domain/introduction-lifecycle';

/** A fixed "now" for unit tests. */
export const NOW = new Date('2026-11-28T12:00:00.000Z');

export function aRequest(overrides: Partial<RequestInput> = {}): RequestInput {
  return {
    introductionId: randomUUID(),
    requester: { organisationId: randomUUID(), name: 'Nordic Heat Pumps ApS', clusterId: 'clean' },
    target: { organisationId: randomUUID(), name: 'Walloon District Heating SA', clusterId: 'tweed' },
    purpose: 'partnership',
    message: 'We would like to discuss a joint offer for district heating in Wallonia.',
    requestedBy: 'member-1',
    ...overrides,
  };
}

export function aPendingIntroduction(overrides: Partial<RequestInput> = {}): IntroductionState {
  return requestIntroduction(aRequest(overrides), NOW).state;
}

export function anAcceptedIntroduction(overrides: Partial<RequestInput> = {}): IntroductionState {
  return acceptIntroduction(aPendingIntroduction(overrides), NOW).state;
}
