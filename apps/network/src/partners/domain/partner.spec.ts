import { PartnerRegistered, PartnerUpdated } from '@icn/contracts';
import { NOW, onlyValidEventOf } from '../../applications/testing/network.fixtures';
import { registerPartner, updatePartner } from './partner';

describe('partner', () => {
  const id = '3f0c8a11-7a0e-4a4e-9d55-5b3f3c8e0c1f';

  it('is registered with a valid PartnerRegistered', () => {
    const change = registerPartner(id, { name: 'World Alliance for Efficient Solutions', website: 'https://solarimpulse.com', country: 'CH' }, NOW);
    expect(change.state).toMatchObject({ partnerId: id, version: 1, registeredAt: NOW.toISOString() });
    expect(onlyValidEventOf(change).definition).toBe(PartnerRegistered);
  });

  it('an unchanged profile is no change; a changed one drops what is no longer given', () => {
    const partner = registerPartner(id, { name: 'Urban Future Lab', country: 'US', website: 'https://ufl.nyc' }, NOW).state;
    expect(updatePartner(partner, { website: 'https://ufl.nyc', name: 'Urban Future Lab', country: 'US' }, NOW)).toBeNull();
    const changed = updatePartner(partner, { name: 'Urban Future Lab', country: 'US' }, new Date('2027-03-01T00:00:00.000Z'));
    expect(changed?.state).toEqual({ partnerId: id, name: 'Urban Future Lab', country: 'US', registeredAt: NOW.toISOString(), updatedAt: '2027-03-01T00:00:00.000Z', version: 2 });
    expect(changed && onlyValidEventOf(changed).definition).toBe(PartnerUpdated);
  });
});
