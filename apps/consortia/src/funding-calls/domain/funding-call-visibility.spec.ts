import { DomainConflictError } from '@icn/platform';
import { aFundingCall } from '../testing/funding-call.fixtures';
import { assertFundingCallOpenTo } from './funding-call-visibility';

describe('assertFundingCallOpenTo', () => {
  const restricted = { ...aFundingCall(), visibility: 'target-clusters' as const, originClusterId: 'origin', targetClusterIds: ['target'] };

  it.each([['origin'], ['target']])('lets an organisation of the %s cluster take part', (clusterId) => {
    expect(() => assertFundingCallOpenTo(restricted, { organisationId: 'o', clusterId })).not.toThrow();
  });

  it('refuses an organisation of any other cluster with a 409 naming it', () => {
    expect(() => assertFundingCallOpenTo(restricted, { organisationId: 'o-1', clusterId: 'elsewhere' })).toThrow(DomainConflictError);
    expect(() => assertFundingCallOpenTo(restricted, { organisationId: 'o-1', clusterId: 'elsewhere' })).toThrow(/o-1/);
  });

  it('lets everyone take part in a network call, or in a call consortia does not hold', () => {
    expect(() => assertFundingCallOpenTo({ ...restricted, visibility: 'network' }, { organisationId: 'o', clusterId: 'elsewhere' })).not.toThrow();
    expect(() => assertFundingCallOpenTo(undefined, { organisationId: 'o', clusterId: 'elsewhere' })).not.toThrow();
  });
});
