import { validateDto } from '../../testing/validate-dto';
import { RegisterClusterDto } from './register-cluster.dto';

const valid = { clusterId: 'nordic-edge', name: 'Nordic Edge', country: 'NO', city: 'Stavanger', focusSectors: ['smart-cities'] };

describe('RegisterClusterDto', () => {
  it('accepts a valid cluster', () => {
    expect(validateDto(RegisterClusterDto, valid).errors).toEqual([]);
  });

  it.each([
    ['a slug with capitals', { clusterId: 'NordicEdge' }, 'clusterId:'],
    ['a slug ending in a dash', { clusterId: 'nordic-' }, 'clusterId:'],
    ['negative member counts', { memberCounts: { companies: -1, publicAuthorities: 0, researchInstitutions: 0, other: 0 } }, 'memberCounts.companies:'],
    ['an unknown field', { founded: 2009 }, 'founded:'],
  ])('rejects %s', (_case, override, expected) => {
    expect(validateDto(RegisterClusterDto, { ...valid, ...override }).errors.join('\n')).toContain(expected);
  });
});
