import { afterPosition, clusterFilter, organisationFilter } from './directory-query';

describe('directory queries', () => {
  it('maps every organisation filter to its field, array fields by element', () => {
    expect(
      organisationFilter({
        clusterId: 'clean',
        country: 'DK',
        sector: 'water',
        technology: 'lidar',
        helixType: 'company',
        status: 'active',
      }),
    ).toEqual({ clusterId: 'clean', country: 'DK', sectors: 'water', technologies: 'lidar', helixType: 'company', status: 'active' });
    expect(organisationFilter({})).toEqual({});
  });

  it('filters clusters by focus sector', () => {
    expect(clusterFilter({ sector: 'water', status: 'active' })).toEqual({ focusSectors: 'water', status: 'active' });
  });

  it('adds the keyset condition after a cursor position', () => {
    const after = { key: 'B', id: 'x' };
    expect(afterPosition({}, undefined)).toEqual({});
    expect(afterPosition({}, after)).toEqual({ $or: [{ name: { $gt: 'B' } }, { name: 'B', _id: { $gt: 'x' } }] });
    expect(afterPosition({ country: 'DK' }, after)).toEqual({
      $and: [{ country: 'DK' }, { $or: [{ name: { $gt: 'B' } }, { name: 'B', _id: { $gt: 'x' } }] }],
    });
  });
});
