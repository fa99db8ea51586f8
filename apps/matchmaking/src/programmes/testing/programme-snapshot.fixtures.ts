import { randomUUID } from 'node:crypto';
import type { ProgrammeSnapshotV1 } from '@icn/contracts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A valid programme snapshot open to everyone, its call open from yesterday for 30 days; override
 * only what the test is about.
 */
export function aProgrammeSnapshot(overrides: Partial<ProgrammeSnapshotV1> = {}): ProgrammeSnapshotV1 {
  const now = Date.now();
  return {
    programmeId: randomUUID(),
    partnerId: randomUUID(),
    partnerName: 'C40 Cities',
    title: 'City solutions platform',
    eligibility: { sectors: [], helixTypes: [], countries: [] },
    callWindow: { opensAt: new Date(now - DAY_MS).toISOString(), closesAt: new Date(now + 30 * DAY_MS).toISOString() },
    requirements: [],
    registeredAt: new Date(now - 2 * DAY_MS).toISOString(),
    updatedAt: new Date(now - 2 * DAY_MS).toISOString(),
    version: 1,
    ...overrides,
  };
}
