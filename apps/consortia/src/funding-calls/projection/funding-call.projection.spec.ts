import { randomUUID } from 'node:crypto';
import type { CloudEvent } from '@icn/contracts';
import { aFundingCall } from '../testing/funding-call.fixtures';
import { projectFundingCall, type OpportunitySnapshotEvent } from './funding-call.projection';

function envelope(data: OpportunitySnapshotEvent): CloudEvent<OpportunitySnapshotEvent> {
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: '/icn/opportunities',
    type: 'org.icn.opportunities.opportunity.published.v1',
    subject: data.opportunity.opportunityId,
    time: '2026-02-01T10:00:00.000Z',
    datacontenttype: 'application/json',
    correlationid: randomUUID(),
    subjectsequence: data.opportunity.version,
    data,
  };
}

describe('funding call projection', () => {
  it('stores a funding call under its id with the snapshot version as sequence', () => {
    const call = aFundingCall({ version: 3 });
    const write = projectFundingCall(envelope({ opportunity: call }));
    expect(write).toMatchObject({ id: call.opportunityId, sequence: 3, upsert: true, set: { opportunity: call } });
  });

  it('ignores every other opportunity type', () => {
    expect(projectFundingCall(envelope({ opportunity: aFundingCall({ type: 'tender' }) }))).toBeNull();
  });
});
