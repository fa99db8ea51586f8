import { validatePayload } from '../validation/validate-payload';
import { OpportunityDeadlineExtendedV1 } from './events/opportunity-deadline-extended.event';
import { OpportunityPublishedV1 } from './events/opportunity-published.event';

function snapshot(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    opportunityId: '3b8f2c1d-4e5a-4b6c-9d7e-8f9a0b1c2d3e',
    type: 'tender',
    title: 'District heating pilot in Aarhus',
    description: 'Looking for heat pump suppliers.',
    originClusterId: 'clean',
    publisher: { subject: 'user-1', organisationId: '6f1c2b9e-8d4a-4c1e-9a57-0b1f3c2d4e5f' },
    sectors: ['district-heating'],
    technologies: ['heat-pumps'],
    targetCountries: ['DK', 'DE'],
    targetClusterIds: [],
    targetHelixTypes: ['company'],
    value: { amount: 250000, currency: 'EUR' },
    deadline: '2026-06-30T12:00:00.000Z',
    links: [{ url: 'https://example.org/tender', label: 'Tender documents' }],
    visibility: 'network',
    status: 'published',
    version: 2,
    createdAt: '2026-01-01T09:00:00.000Z',
    publishedAt: '2026-01-02T09:00:00.000Z',
    updatedAt: '2026-01-02T09:00:00.000Z',
    ...overrides,
  };
}

describe('opportunity events', () => {
  it('accepts a full published snapshot', () => {
    expect(validatePayload(OpportunityPublishedV1, { opportunity: snapshot() }).ok).toBe(true);
  });

  it('never describes a draft', () => {
    const result = validatePayload(OpportunityPublishedV1, { opportunity: snapshot({ status: 'draft' }) });
    expect(result.ok).toBe(false);
  });

  it('names nested problems (currency, link url)', () => {
    const result = validatePayload(OpportunityPublishedV1, {
      opportunity: snapshot({ value: { amount: 1, currency: 'euro' }, links: [{ url: 'ftp://x' }] }),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.join('\n')).toMatch(/value\.currency/);
      expect(result.errors.join('\n')).toMatch(/links\.0\.url/);
    }
  });

  it('requires the previous deadline on an extension', () => {
    expect(validatePayload(OpportunityDeadlineExtendedV1, { opportunity: snapshot() }).ok).toBe(false);
    expect(validatePayload(OpportunityDeadlineExtendedV1, { opportunity: snapshot(), previousDeadline: '2026-05-01T00:00:00.000Z' }).ok).toBe(true);
  });
});
