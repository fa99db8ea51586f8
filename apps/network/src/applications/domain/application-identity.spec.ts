import { isUUID } from 'class-validator';
import { applicationIdFor, uuidV5 } from './application-identity';

describe('application identity', () => {
  const programmeId = '5b3f3c8e-7a0e-4a4e-9d55-0c1f6f0b8a11';
  const organisationId = '0c1f6f0b-7a0e-4a4e-9d55-5b3f3c8e8a11';

  it('is the same UUID for the same programme, organisation and round (so concurrent drafts collide on it)', () => {
    const id = applicationIdFor(programmeId, organisationId, 0);
    expect(applicationIdFor(programmeId, organisationId, 0)).toBe(id);
    expect(isUUID(id)).toBe(true);
    // Version 5, RFC variant.
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('differs with the round, the programme and the organisation', () => {
    const ids = new Set([
      applicationIdFor(programmeId, organisationId, 0),
      applicationIdFor(programmeId, organisationId, 1),
      applicationIdFor(organisationId, programmeId, 0),
      applicationIdFor('9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b', organisationId, 0),
      applicationIdFor(programmeId, '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b', 0),
    ]);
    expect(ids.size).toBe(5);
  });

  it('is RFC 9562’s version 5 construction (a known answer of Python’s uuid module)', () => {
    // uuid5(NAMESPACE_DNS, 'python.org') from Python's uuid module: 886313e1-3b8a-5372-9b90-0c9aee199e5d.
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  it.each([-1, 1.5, Number.NaN])('refuses round %p', (round) => {
    expect(() => applicationIdFor(programmeId, organisationId, round)).toThrow(/round must be a non-negative integer/);
  });
});
