import { hashApiKey, matchApiKey, parseIntegratorApiKeys } from './api-key';

describe('integrator API keys', () => {
  const crmHash = hashApiKey('crm-secret-key');
  const portalHash = hashApiKey('portal-secret-key');

  it('parses name:sha256hex pairs, ignoring blanks and whitespace', () => {
    const keys = parseIntegratorApiKeys(` crm:${crmHash}, ,portal:${portalHash.toUpperCase()} `);
    expect(keys.map((k) => k.name)).toEqual(['crm', 'portal']);
  });

  it('treats an unset or empty list as no keys', () => {
    expect(parseIntegratorApiKeys(undefined)).toEqual([]);
    expect(parseIntegratorApiKeys('  ')).toEqual([]);
  });

  it.each([['crm'], ['crm:abc'], [`crm:${crmHash}x`], [`bad name:${crmHash}`]])('rejects malformed entry %s', (list) => {
    expect(() => parseIntegratorApiKeys(list)).toThrow(/INTEGRATOR_API_KEYS/);
  });

  it('does not echo the hash of a malformed entry', () => {
    expect(() => parseIntegratorApiKeys(`crm:${crmHash}zz`)).toThrow(/^(?!.*[0-9a-f]{64})/);
  });

  it('rejects duplicate names', () => {
    expect(() => parseIntegratorApiKeys(`crm:${crmHash},crm:${portalHash}`)).toThrow(/duplicate/);
  });

  it('matches a presented key to its owner', () => {
    const keys = parseIntegratorApiKeys(`crm:${crmHash},portal:${portalHash}`);
    expect(matchApiKey(keys, 'portal-secret-key')).toBe('portal');
    expect(matchApiKey(keys, 'crm-secret-key')).toBe('crm');
    expect(matchApiKey(keys, 'guess')).toBeUndefined();
    expect(matchApiKey([], 'crm-secret-key')).toBeUndefined();
  });
});
