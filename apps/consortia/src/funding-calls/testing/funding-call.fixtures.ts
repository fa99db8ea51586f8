import { randomUUID } from 'node:crypto';
import type { OpportunitySnapshotV1 } from '@icn/contracts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A valid published funding-call snapshot, deadline 60 days ahead; override only what the test is about. */
export function aFundingCall(overrides: Partial<OpportunitySnapshotV1> = {}): OpportunitySnapshotV1 {
  const now = new Date().toISOString();
  return {
    opportunityId: randomUUID(),
    type: 'funding-call',
    title: 'COSME cluster internationalisation',
    description: 'Cluster partnerships going international.',
    originClusterId: 'clean',
    publisher: { subject: 'manager-clean' },
    sectors: ['energy-efficiency'],
    technologies: [],
    targetCountries: [],
    targetClusterIds: [],
    targetHelixTypes: [],
    value: { amount: 2_000_000, currency: 'EUR' },
    deadline: new Date(Date.now() + 60 * DAY_MS).toISOString(),
    links: [],
    visibility: 'network',
    status: 'published',
    version: 2,
    createdAt: now,
    publishedAt: now,
    updatedAt: now,
    ...overrides,
  };
}
