import type { ProgrammeSnapshotV1 } from '@icn/contracts';
import { randomUUID } from 'node:crypto';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A programme as the network publishes it (the C40 city solutions platform), its call window open
 * from a day ago for 60 days unless `overrides` say otherwise.
 */
export function aProgramme(overrides: Partial<ProgrammeSnapshotV1> = {}, now: Date = new Date()): ProgrammeSnapshotV1 {
  const at = new Date(now.getTime() - DAY_MS).toISOString();
  return {
    programmeId: randomUUID(),
    partnerId: randomUUID(),
    partnerName: 'C40 Cities',
    title: 'City solutions platform',
    description: 'Cities and companies co-develop solutions for climate action.',
    eligibility: { sectors: ['energy-efficiency'], helixTypes: ['company'], countries: [] },
    callWindow: { opensAt: at, closesAt: new Date(now.getTime() + 60 * DAY_MS).toISOString() },
    requirements: [
      { key: 'pitch-deck', title: 'Pitch deck' },
      { key: 'references', title: 'Two city references', description: 'Cities where the solution runs.' },
    ],
    registeredAt: at,
    updatedAt: at,
    version: 1,
    ...overrides,
  };
}

export function daysFrom(now: Date, days: number): string {
  return new Date(now.getTime() + days * DAY_MS).toISOString();
}
