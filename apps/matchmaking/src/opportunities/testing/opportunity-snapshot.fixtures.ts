import { randomUUID } from 'node:crypto';
import type { OpportunitySnapshotV1 } from '@icn/contracts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A valid published opportunity snapshot, deadline 40 days ahead; override only what the test is about. */
export function anOpportunitySnapshot(overrides: Partial<OpportunitySnapshotV1> = {}): OpportunitySnapshotV1 {
  const now = new Date().toISOString();
  return {
    opportunityId: randomUUID(),
    type: 'tender',
    title: 'Heat pump retrofit',
    description: 'District heating tender for a municipal utility.',
    originClusterId: 'clean',
    publisher: { subject: 'manager-clean' },
    sectors: ['district-heating'],
    technologies: ['heat-pumps'],
    targetCountries: [],
    targetClusterIds: [],
    targetHelixTypes: [],
    value: { amount: 250000, currency: 'EUR' },
    deadline: new Date(Date.now() + 40 * DAY_MS).toISOString(),
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
