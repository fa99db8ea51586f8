import { OpportunityClosed, OpportunityPublished, OpportunitySnapshotV1 } from '@icn/contracts';
import { plainToInstance } from 'class-transformer';
import { anEnvelope } from '../../directory/testing/membership-snapshot.fixtures';
import { anOpportunitySnapshot } from '../testing/opportunity-snapshot.fixtures';
import { projectOpportunitySnapshot } from './opportunity.projection';

describe('opportunity projection', () => {
  it('stores the whole snapshot under the event sequence, creating the document if needed', () => {
    const opportunity = anOpportunitySnapshot({ version: 3 });
    const event = anEnvelope(OpportunityPublished.type, opportunity.opportunityId, 3, { opportunity });

    expect(projectOpportunitySnapshot(event)).toEqual({
      id: opportunity.opportunityId,
      sequence: 3,
      eventId: event.id,
      eventType: OpportunityPublished.type,
      eventTime: event.time,
      set: { opportunity },
      unset: [],
      upsert: true,
    });
  });

  it('treats a final event like any other snapshot (the status says it is closed)', () => {
    const opportunity = anOpportunitySnapshot({ status: 'closed', version: 4 });
    const write = projectOpportunitySnapshot(anEnvelope(OpportunityClosed.type, opportunity.opportunityId, 4, { opportunity, closedAt: opportunity.updatedAt }));

    expect(write.set).toEqual({ opportunity });
    expect(write.upsert).toBe(true);
  });

  it('stores a plain copy: no class instance, no absent optional fields', () => {
    const validated = plainToInstance(OpportunitySnapshotV1, { ...anOpportunitySnapshot(), value: undefined });
    const stored = projectOpportunitySnapshot(anEnvelope(OpportunityPublished.type, validated.opportunityId, 2, { opportunity: validated })).set['opportunity'];

    expect(Object.getPrototypeOf(stored)).toBe(Object.prototype);
    expect(stored).not.toHaveProperty('value');
  });
});
