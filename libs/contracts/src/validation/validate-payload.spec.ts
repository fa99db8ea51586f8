import { OrganisationJoinedV1 } from '../membership/events/organisation-joined.event';
import { validatePayload } from './validate-payload';

function organisationJoined(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    organisation: {
      organisationId: '6f1c2b9e-8d4a-4c1e-9a57-0b1f3c2d4e5f',
      clusterId: 'clean',
      name: 'Heatwise ApS',
      helixType: 'company',
      companySize: 'sme',
      country: 'DK',
      city: 'Copenhagen',
      sectors: ['district-heating', 'energy-efficiency'],
      technologies: ['heat-pumps'],
      offers: ['Large heat pumps for district heating'],
      needs: ['Pilot sites in Germany'],
      trl: 7,
      contacts: [
        { contactId: '0d9a8c7b-6e5f-4a3b-9c2d-1e0f9a8b7c6d', name: 'Mette Hansen', role: 'CEO', email: 'mette@heatwise.example' },
      ],
      status: 'active',
      joinedAt: '2026-01-15T09:30:00.000Z',
      ...overrides,
    },
  };
}

describe('validatePayload', () => {
  it('accepts a valid snapshot and returns a class instance', () => {
    const result = validatePayload(OrganisationJoinedV1, organisationJoined());
    expect(result.ok).toBe(true);
    expect(result.ok && result.value).toBeInstanceOf(OrganisationJoinedV1);
  });

  it('rejects an unknown field and names it', () => {
    const result = validatePayload(OrganisationJoinedV1, organisationJoined({ revenue: 1_000_000 }));
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^organisation\.revenue: .*should not exist/)] });
  });

  it('drops unknown fields for a tolerant reader but still validates the known ones', () => {
    const tolerated = validatePayload(OrganisationJoinedV1, organisationJoined({ revenue: 1_000_000 }), { unknownProperties: 'ignore' });
    expect(tolerated.ok).toBe(true);
    expect(tolerated.ok && 'revenue' in tolerated.value.organisation).toBe(false);
    const invalid = validatePayload(OrganisationJoinedV1, organisationJoined({ country: 'Denmark' }), { unknownProperties: 'ignore' });
    expect(invalid).toEqual({ ok: false, errors: [expect.stringMatching(/^organisation\.country: /)] });
  });

  it('reports an invalid nested email with its full path', () => {
    const contacts = [{ contactId: '0d9a8c7b-6e5f-4a3b-9c2d-1e0f9a8b7c6d', name: 'Mette Hansen', email: 'not-an-email' }];
    const result = validatePayload(OrganisationJoinedV1, organisationJoined({ contacts }));
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^organisation\.contacts\.0\.email: /)] });
  });

  it('requires a company size for companies only', () => {
    const company = validatePayload(OrganisationJoinedV1, organisationJoined({ companySize: undefined }));
    expect(company).toEqual({ ok: false, errors: [expect.stringMatching(/^organisation\.companySize: /)] });

    const authority = validatePayload(OrganisationJoinedV1, organisationJoined({ helixType: 'public-authority', companySize: undefined }));
    expect(authority.ok).toBe(true);
  });

  it('rejects a single value where the contract says array', () => {
    const result = validatePayload(OrganisationJoinedV1, organisationJoined({ sectors: 'hydrogen' }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toContain('organisation.sectors: sectors must be an array');
  });

  it('rejects data that is not an object', () => {
    expect(validatePayload(OrganisationJoinedV1, [])).toEqual({ ok: false, errors: ['data: must be an object'] });
    expect(validatePayload(OrganisationJoinedV1, null)).toEqual({ ok: false, errors: ['data: must be an object'] });
  });
});
