import { randomUUID } from 'node:crypto';
import type { CloudEvent } from '@icn/contracts';
import { anOrganisation } from '../../testing/membership-snapshot.fixtures';
import { projectOrganisationJoined, projectOrganisationLeft, projectOrganisationSuspended } from './organisation.projection';

function envelope<T>(subject: string, sequence: number, data: T): CloudEvent<T> {
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: 'membership',
    type: 'org.icn.membership.organisation.test.v1',
    subject,
    time: '2026-02-01T10:00:00.000Z',
    datacontenttype: 'application/json',
    correlationid: randomUUID(),
    subjectsequence: sequence,
    data,
  };
}

describe('organisation projection (network)', () => {
  it('keeps only what eligibility and applications need, and may create the entry', () => {
    const organisation = anOrganisation({ companySize: 'sme' });
    const write = projectOrganisationJoined(envelope(organisation.organisationId, 1, { organisation }));
    expect(write).toMatchObject({ id: organisation.organisationId, sequence: 1, upsert: true, unset: [] });
    expect(write.set).toEqual({
      organisationId: organisation.organisationId,
      clusterId: organisation.clusterId,
      name: organisation.name,
      helixType: 'company',
      companySize: 'sme',
      country: organisation.country,
      sectors: ['district-heating'],
      status: 'active',
    });
  });

  it('clears the company size of a non-company', () => {
    const organisation = anOrganisation({ helixType: 'research-institution', companySize: undefined });
    expect(projectOrganisationJoined(envelope(organisation.organisationId, 2, { organisation })).unset).toEqual(['companySize']);
  });

  it('applies status deltas only to a known entry', () => {
    const id = randomUUID();
    expect(projectOrganisationSuspended(envelope(id, 3, { organisationId: id, clusterId: 'clean', reason: 'fees', suspendedAt: '2026-02-01T10:00:00.000Z' }))).toMatchObject({
      set: { status: 'suspended' },
      upsert: false,
    });
    expect(projectOrganisationLeft(envelope(id, 4, { organisationId: id, clusterId: 'clean', leftAt: '2026-02-01T10:00:00.000Z' }))).toMatchObject({ set: { status: 'left' }, upsert: false });
  });
});
