import { authOptionsFromConfig } from '../auth/auth-options-from-config';
import { BaseServiceConfig } from './base-service.config';
import { ConfigValidationError } from './config-validation.error';
import { loadConfig } from './load-config';

const SECRET = 's'.repeat(32);
const ISSUER = 'https://login.example.org/realms/icn';

function issuesOf(env: Record<string, string>): Record<string, string> {
  try {
    loadConfig(BaseServiceConfig, { MONGODB_DB: 'icn_test', ...env });
    return {};
  } catch (error) {
    if (!(error instanceof ConfigValidationError)) throw error;
    return Object.fromEntries(error.issues.map((issue) => [issue.variable, issue.reason]));
  }
}

describe('authentication settings', () => {
  it('needs an OpenID Connect provider or, for development, a shared secret', () => {
    expect(issuesOf({})).toEqual({ JWT_SECRET: expect.stringContaining('set OIDC_ISSUER and OIDC_AUDIENCE') });
    expect(issuesOf({ JWT_SECRET: SECRET })).toEqual({});
    expect(issuesOf({ OIDC_ISSUER: ISSUER, OIDC_AUDIENCE: 'icn-api' })).toEqual({});
    expect(issuesOf({ OIDC_ISSUER: ISSUER, OIDC_AUDIENCE: 'icn-api', JWT_SECRET: SECRET })).toEqual({});
  });

  it('requires OIDC_AUDIENCE with OIDC_ISSUER', () => {
    expect(issuesOf({ OIDC_ISSUER: ISSUER })).toEqual({ OIDC_AUDIENCE: 'is required when OIDC_ISSUER is set' });
  });

  it('refuses the shared secret in production, saying it is a development option', () => {
    const issues = issuesOf({ NODE_ENV: 'production', OIDC_ISSUER: ISSUER, OIDC_AUDIENCE: 'icn-api', JWT_SECRET: SECRET });
    expect(issues).toEqual({ JWT_SECRET: expect.stringContaining('is a development option') });
    expect(issues['JWT_SECRET']).toContain('NODE_ENV=production');
    expect(issuesOf({ NODE_ENV: 'production', OIDC_ISSUER: ISSUER, OIDC_AUDIENCE: 'icn-api' })).toEqual({});
  });

  it('still wants a strong secret where one is allowed', () => {
    expect(issuesOf({ JWT_SECRET: 'short' })).toEqual({ JWT_SECRET: 'must be at least 32 characters (HS256 needs a strong secret)' });
  });

  it.each([
    ['not a URL', 'login.example.org', 'development', 'must be the issuer URL'],
    ['a query', `${ISSUER}?tenant=1`, 'development', 'without query'],
    ['credentials', 'https://user:pw@login.example.org', 'development', 'without query, fragment or credentials'],
    ['another scheme', 'ftp://login.example.org', 'development', 'must be an http(s) URL'],
    ['http in production', 'http://login.example.org', 'production', 'must be an https URL in production'],
  ])('refuses an issuer with %s', (_label, issuer, nodeEnv, reason) => {
    expect(issuesOf({ NODE_ENV: nodeEnv, OIDC_ISSUER: issuer, OIDC_AUDIENCE: 'icn-api' })['OIDC_ISSUER']).toContain(reason);
  });

  it('accepts plain http for a provider on the development machine', () => {
    expect(issuesOf({ OIDC_ISSUER: 'http://127.0.0.1:3100', OIDC_AUDIENCE: 'icn-api' })).toEqual({});
  });

  it('takes claim names and dot paths for the mapping, and refuses blanks and empty segments', () => {
    const valid = { JWT_SECRET: SECRET, OIDC_ROLE_CLAIM: 'realm_access.roles', OIDC_CLUSTER_CLAIM: 'https://icn.example.org/cluster' };
    expect(issuesOf(valid)).toEqual({});
    expect(Object.keys(issuesOf({ JWT_SECRET: SECRET, OIDC_ROLE_CLAIM: 'realm_access..roles', OIDC_ORGANISATION_CLAIM: 'org id' })).sort()).toEqual([
      'OIDC_ORGANISATION_CLAIM',
      'OIDC_ROLE_CLAIM',
    ]);
  });

  it('becomes AuthOptions with OIDC only when an issuer is set, and the secret only when one is set', () => {
    const oidcOnly = loadConfig(BaseServiceConfig, { MONGODB_DB: 'db', OIDC_ISSUER: ISSUER, OIDC_AUDIENCE: 'icn-api', OIDC_ROLE_CLAIM: 'realm_access.roles' });
    expect(authOptionsFromConfig(oidcOnly)).toEqual({
      oidc: { issuer: ISSUER, audience: 'icn-api', roleClaim: 'realm_access.roles', clusterClaim: 'clusterId', organisationClaim: 'organisationId' },
      jwtIssuer: 'icn-platform',
      jwtMaxLifetimeSeconds: 86400,
      jwtClockToleranceSeconds: 30,
      integratorApiKeys: '',
    });
    const secretOnly = loadConfig(BaseServiceConfig, { MONGODB_DB: 'db', JWT_SECRET: SECRET });
    expect(authOptionsFromConfig(secretOnly)).toMatchObject({ jwtSecret: SECRET, jwtIssuer: 'icn-platform' });
    expect(authOptionsFromConfig(secretOnly)).not.toHaveProperty('oidc');
  });
});
