import { DomainConflictError, DomainValidationError } from '@icn/platform';
import { OrganisationJoined, OrganisationUpdated, validatePayload } from '@icn/contracts';
import { anOrganisation, NOW } from '../../testing/organisation.fixture';
import type { OrganisationProfile } from './organisation';
import { joinOrganisation, updateProfile } from './organisation-membership';

const profile: OrganisationProfile = {
  name: 'Stavanger Urban Lab',
  helixType: 'public-authority',
  country: 'NO',
  sectors: ['smart-cities'],
  technologies: [],
  offers: [],
  needs: [],
};

describe('joinOrganisation', () => {
  it('starts an active membership at version 1 with an OrganisationJoined snapshot', () => {
    const change = joinOrganisation({ organisationId: 'a1b2c3d4-0000-4000-8000-000000000001', clusterId: 'nordic-edge', profile, contacts: [], now: NOW });

    expect(change.state).toMatchObject({ status: 'active', version: 1, joinedAt: NOW.toISOString(), clusterId: 'nordic-edge' });
    expect(change.events.map((event) => event.definition)).toEqual([OrganisationJoined]);
    const validation = validatePayload(OrganisationJoined.payload, change.events[0]?.data);
    expect(validation).toEqual(expect.objectContaining({ ok: true }));
  });

  it('keeps internal bookkeeping out of the published snapshot', () => {
    const change = joinOrganisation({ organisationId: 'a1b2c3d4-0000-4000-8000-000000000001', clusterId: 'clean', profile, contacts: [], now: NOW });
    expect(Object.keys((change.events[0]?.data as { organisation: object }).organisation)).not.toContain('version');
  });

  it('requires a size for companies and forbids it for others', () => {
    const join = (p: OrganisationProfile) => () => joinOrganisation({ organisationId: 'x', clusterId: 'clean', profile: p, contacts: [], now: NOW });
    expect(join({ ...profile, helixType: 'company' })).toThrow(new DomainValidationError('companySize', 'is required when helixType is company'));
    expect(join({ ...profile, companySize: 'sme' })).toThrow('companySize: applies only when helixType is company');
  });
});

describe('updateProfile', () => {
  it('applies present fields, bumps the version and lists the changed fields', () => {
    const change = updateProfile(anOrganisation({ version: 3 }), { name: 'New Name', city: 'Aarhus', trl: 8 }, NOW);

    expect(change?.state).toMatchObject({ name: 'New Name', city: 'Aarhus', version: 4, updatedAt: NOW.toISOString() });
    expect(change?.events.map((event) => event.definition)).toEqual([OrganisationUpdated]);
    expect(change?.events[0]?.data).toMatchObject({ changedFields: ['city', 'name'] });
    expect(validatePayload(OrganisationUpdated.payload, change?.events[0]?.data).ok).toBe(true);
  });

  it('clears optional fields given as null', () => {
    const change = updateProfile(anOrganisation(), { website: null, city: null }, NOW);
    expect(change?.state).not.toHaveProperty('city');
    expect(change?.events[0]?.data).toMatchObject({ changedFields: ['city'] });
  });

  it('is a no-op (null) when nothing changes', () => {
    expect(updateProfile(anOrganisation(), {}, NOW)).toBeNull();
    expect(updateProfile(anOrganisation(), { name: 'Aalborg Heat Solutions ApS', sectors: ['district-heating'] }, NOW)).toBeNull();
  });

  it('checks the company rule on the resulting profile', () => {
    expect(() => updateProfile(anOrganisation(), { helixType: 'research-institution' }, NOW)).toThrow('companySize: applies only when helixType is company');
    const change = updateProfile(anOrganisation(), { helixType: 'research-institution', companySize: null }, NOW);
    expect(change?.state).not.toHaveProperty('companySize');
  });

  it('refuses to change an organisation that has left', () => {
    expect(() => updateProfile(anOrganisation({ status: 'left' }), { name: 'X Y' }, NOW)).toThrow(DomainConflictError);
  });
});
