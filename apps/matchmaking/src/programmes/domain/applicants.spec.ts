import type { Principal } from '@icn/platform';
import { applicantsKnownTo, type Applicant } from './applicants';

const viewer = (role: Principal['role'], clusterId?: string, organisationId?: string) => ({ role, clusterId, organisationId });

describe('applicants a ranking leaves out', () => {
  const applications: Applicant[] = [
    { organisationId: 'north-1', clusterId: 'north', status: 'draft' },
    { organisationId: 'north-2', clusterId: 'north', status: 'withdrawn' },
    { organisationId: 'south-1', clusterId: 'south', status: 'forwarded' },
    { organisationId: 'south-2', clusterId: 'south', status: 'rejected' },
  ];

  it('are every live application for the secretariat (withdrawn ones give the member back)', () => {
    expect(applicantsKnownTo(viewer('network-admin'), applications)).toEqual(new Set(['north-1', 'south-1', 'south-2']));
  });

  it('are only its cluster’s for a cluster manager, only its own for a member, none for an integrator', () => {
    expect(applicantsKnownTo(viewer('cluster-manager', 'south'), applications)).toEqual(new Set(['south-1', 'south-2']));
    expect(applicantsKnownTo(viewer('member', 'north', 'north-1'), applications)).toEqual(new Set(['north-1']));
    expect(applicantsKnownTo(viewer('member', 'north', 'north-2'), applications)).toEqual(new Set());
    expect(applicantsKnownTo(viewer('integrator'), applications)).toEqual(new Set());
  });
});
