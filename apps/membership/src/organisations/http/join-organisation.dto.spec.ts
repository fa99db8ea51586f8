import { validateDto } from '../../testing/validate-dto';
import { JoinOrganisationDto } from './join-organisation.dto';

const valid = {
  clusterId: 'clean',
  name: 'Aalborg Heat Solutions ApS',
  helixType: 'company',
  companySize: 'sme',
  country: 'dk',
  sectors: ['district-heating'],
  technologies: ['heat-pumps'],
  contacts: [{ name: 'Mette Hansen', email: 'mette@example.org' }],
};

describe('JoinOrganisationDto', () => {
  it('accepts a valid company and normalises the country code', () => {
    const { value, errors } = validateDto(JoinOrganisationDto, valid);
    expect(errors).toEqual([]);
    expect(value.country).toBe('DK');
  });

  it('accepts a research institution without a size', () => {
    const { errors } = validateDto(JoinOrganisationDto, { ...valid, helixType: 'research-institution', companySize: undefined });
    expect(errors).toEqual([]);
  });

  it.each([
    ['an unknown field', { nickname: 'AHS' }, 'nickname: property nickname should not exist'],
    ['an invalid country', { country: 'XX' }, 'country:'],
    ['a company without a size', { companySize: undefined }, 'companySize: companySize is required when helixType is company'],
    ['a size for a non-company', { helixType: 'public-authority' }, 'companySize: companySize applies only when helixType is company'],
    ['an unknown helix type', { helixType: 'startup' }, 'helixType:'],
    ['an unknown sector', { sectors: ['crypto'] }, 'sectors:'],
    ['a technology that is not a tag', { technologies: ['Heat Pumps'] }, 'technologies: each technology must be a lower-case kebab-case tag'],
    ['a TRL out of range', { trl: 10 }, 'trl:'],
    ['a bad cluster slug', { clusterId: 'Clean Cluster' }, 'clusterId:'],
    ['a website without protocol', { website: 'example.org' }, 'website:'],
    ['a contact with a bad email', { contacts: [{ name: 'X', email: 'nope' }] }, 'contacts.0.email:'],
    ['an unknown contact field', { contacts: [{ name: 'X', email: 'x@example.org', age: 3 }] }, 'contacts.0.age:'],
  ])('rejects %s, naming the field', (_case, override, expected) => {
    const { errors } = validateDto(JoinOrganisationDto, { ...valid, ...override });
    expect(errors.join('\n')).toContain(expected);
  });
});
