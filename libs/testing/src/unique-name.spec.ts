import { uniqueDbName, uniqueName } from './unique-name';

describe('uniqueName', () => {
  it('keeps a safe prefix and differs each time', () => {
    const a = uniqueName('Messaging It/Relay');
    expect(a).toMatch(/^messaging-it-relay-[a-z0-9]+-[0-9a-f]{6}$/);
    expect(uniqueName('x')).not.toBe(uniqueName('x'));
  });

  it('makes valid database names', () => {
    expect(uniqueDbName('a.b'.repeat(30))).not.toContain('.');
    expect(uniqueDbName('a'.repeat(100)).length).toBeLessThanOrEqual(63);
  });
});
