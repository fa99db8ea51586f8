import { validateDto } from '../../testing/validate-dto';
import { UpdateOrganisationDto } from './update-organisation.dto';

describe('UpdateOrganisationDto', () => {
  it('accepts a partial update and null for optional fields', () => {
    expect(validateDto(UpdateOrganisationDto, { city: null, website: null, trl: 5 }).errors).toEqual([]);
    expect(validateDto(UpdateOrganisationDto, {}).errors).toEqual([]);
  });

  it.each([
    ['null for a required field', { name: null }, 'name:'],
    ['changing the cluster', { clusterId: 'tweed' }, 'clusterId: property clusterId should not exist'],
    ['changing the status directly', { status: 'active' }, 'status: property status should not exist'],
    ['an invalid country', { country: 'Denmark' }, 'country:'],
  ])('rejects %s', (_case, body, expected) => {
    expect(validateDto(UpdateOrganisationDto, body).errors.join('\n')).toContain(expected);
  });
});
