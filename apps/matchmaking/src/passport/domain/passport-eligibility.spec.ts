import { DomainConflictError } from '@icn/platform';
import { assertMayApply } from './passport-eligibility';

describe('Passport eligibility', () => {
  const active = { organisationId: 'o-1', status: 'active' as const };
  const host = { clusterId: 'tweed', status: 'active' as const };

  it('lets an active member apply to an active host', () => {
    expect(() => assertMayApply(active, host)).not.toThrow();
  });

  it('refuses a suspended or departed member with a 409 that says which', () => {
    expect(() => assertMayApply({ ...active, status: 'suspended' }, host)).toThrow(DomainConflictError);
    expect(() => assertMayApply({ ...active, status: 'suspended' }, host)).toThrow('o-1 is suspended in membership');
    expect(() => assertMayApply({ ...active, status: 'left' }, host)).toThrow('o-1 has left the network');
  });

  it('refuses an inactive host cluster', () => {
    expect(() => assertMayApply(active, { ...host, status: 'inactive' })).toThrow('host cluster tweed is inactive');
  });
});
