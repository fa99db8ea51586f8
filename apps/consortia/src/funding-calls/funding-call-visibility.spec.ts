import type { Principal } from '@icn/platform';
import { canSeeFundingCall } from './funding-call-visibility';
import { aFundingCall } from './testing/funding-call.fixtures';

const member = (clusterId: string): Principal => ({ kind: 'user', subject: 's', role: 'member', clusterId, organisationId: 'o' });

describe('canSeeFundingCall', () => {
  it('shows a network call to anyone', () => {
    expect(canSeeFundingCall(member('tweed'), aFundingCall())).toBe(true);
  });

  it('shows a targeted call to its origin and target clusters only', () => {
    const call = aFundingCall({ visibility: 'target-clusters', originClusterId: 'clean', targetClusterIds: ['tweed'] });
    expect(canSeeFundingCall(member('clean'), call)).toBe(true);
    expect(canSeeFundingCall(member('tweed'), call)).toBe(true);
    expect(canSeeFundingCall(member('nordic-edge'), call)).toBe(false);
    expect(canSeeFundingCall({ kind: 'user', subject: 'sec', role: 'network-admin' }, call)).toBe(true);
  });
});
