/**
 * The demo provider over real HTTP: started in this process on a free port, asked by fetch the way
 * a browser and the console's server would — authorization request, our sign-in form, the redirect
 * back with a code, the token request with the PKCE verifier — and its access tokens checked by the
 * platform's own verifier in OpenID Connect mode.
 */
import { CredentialsVerifier, loadConfig } from '@icn/platform';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { CONSOLE_CLIENT_ID, DemoIdentityConfig } from './demo-identity.config';
import { startDemoIdentity, type RunningDemoIdentity } from './demo-identity-server';
import type { DemoUser } from './demo-users';
import { rotateSigningKeys } from './signing-keys';
import { BrowserSession, pkcePair } from './testing/browser-session';

const CLIENT_SECRET = 'console-secret-for-the-integration-test-0123456789';
const REDIRECT_URI = 'http://127.0.0.1:3999/auth/callback';
const AUDIENCE = 'icn-api';

const member: DemoUser = {
  username: 'member.cph-heat',
  password: 'demo',
  name: 'Copenhagen Heat (member)',
  email: 'member.cph-heat@demo.icn.example',
  role: 'member',
  clusterId: 'clean',
  organisationId: 'org-cph-heat',
};
const manager: DemoUser = { username: 'manager.tweed', password: 'demo', name: 'Tweed manager', email: 'manager.tweed@demo.icn.example', role: 'cluster-manager', clusterId: 'tweed' };

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

interface Tokens {
  access_token: string;
  id_token: string;
  refresh_token: string;
  token_type: string;
  expires_in: number;
}

describe('demo identity provider: authorization code + PKCE over HTTP', () => {
  let directory: string;
  let usersFile: string;
  let keysFile: string;
  let config: DemoIdentityConfig;
  let provider: RunningDemoIdentity;
  let issuer: string;

  const start = async (): Promise<void> => {
    provider = await startDemoIdentity(config, pino({ level: 'silent' }));
  };
  const writeUsers = (users: DemoUser[]) => writeFile(usersFile, JSON.stringify(users));
  const basicAuth = `Basic ${Buffer.from(`${encodeURIComponent(CONSOLE_CLIENT_ID)}:${encodeURIComponent(CLIENT_SECRET)}`).toString('base64')}`;

  const authorizationUrl = (params: Record<string, string>): string =>
    `${issuer}/auth?${new URLSearchParams({ client_id: CONSOLE_CLIENT_ID, redirect_uri: REDIRECT_URI, response_type: 'code', scope: 'openid profile email', state: 'state-1', nonce: 'nonce-1', ...params })}`;

  /** Up to the sign-in form: the authorization request redirects to our interaction page. */
  async function openSignIn(browser: BrowserSession, challenge: string): Promise<{ form: Response; interaction: URL }> {
    const authorization = await browser.get(authorizationUrl({ code_challenge: challenge, code_challenge_method: 'S256' }));
    expect(authorization.status).toBe(303);
    const interaction = BrowserSession.locationOf(authorization, issuer);
    expect(interaction.pathname).toMatch(/^\/interaction\/[\w-]+$/);
    return { form: await browser.get(interaction.href), interaction };
  }

  /** The whole flow for one user: the authorization code comes back to the console's redirect URI. */
  async function signIn(user: DemoUser, verifierPair = pkcePair()): Promise<{ code: string; verifier: string }> {
    const browser = new BrowserSession(issuer);
    const { interaction } = await openSignIn(browser, verifierPair.challenge);
    const login = await browser.postForm(`${interaction.pathname}/login`, { username: user.username, password: user.password });
    expect(login.status).toBe(303);
    const resumed = await browser.get(BrowserSession.locationOf(login, issuer).href);
    expect(resumed.status).toBe(303);
    const callback = BrowserSession.locationOf(resumed, issuer);
    expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT_URI);
    expect(callback.searchParams.get('state')).toBe('state-1');
    expect(callback.searchParams.get('iss')).toBe(issuer);
    const code = callback.searchParams.get('code');
    if (code === null) throw new Error(`no code in ${callback.href}`);
    return { code, verifier: verifierPair.verifier };
  }

  const tokenRequest = (fields: Record<string, string>) =>
    fetch(`${issuer}/token`, { method: 'POST', headers: { authorization: basicAuth, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) });

  async function tokensFor(user: DemoUser): Promise<Tokens> {
    const { code, verifier } = await signIn(user);
    const response = await tokenRequest({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: verifier });
    expect(response.status).toBe(200);
    return (await response.json()) as Tokens;
  }

  const platformVerifier = () => new CredentialsVerifier({ oidc: { issuer, audience: AUDIENCE } });

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'demo-identity-'));
    usersFile = join(directory, 'users.json');
    keysFile = join(directory, 'keys', 'jwks.json');
    const port = await freePort();
    issuer = `http://127.0.0.1:${port}`;
    config = loadConfig(DemoIdentityConfig, {
      OIDC_PORT: String(port),
      OIDC_ISSUER: issuer,
      OIDC_AUDIENCE: AUDIENCE,
      OIDC_CONSOLE_CLIENT_SECRET: CLIENT_SECRET,
      OIDC_CONSOLE_REDIRECT_URIS: REDIRECT_URI,
      OIDC_USERS_FILE: usersFile,
      OIDC_KEYS_FILE: keysFile,
    });
    await start();
    // Written after the start, as the demo seed does: the provider reads the file at each sign-in.
    await writeUsers([member, manager]);
  });

  afterAll(async () => {
    await provider?.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('answers liveness and readiness like the services', async () => {
    for (const path of ['/health/live', '/health/ready']) {
      const response = await fetch(`${issuer}${path}`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok' });
    }
  });

  it('creates its signing key on first start, readable by its owner only', async () => {
    expect((await stat(keysFile)).mode & 0o777).toBe(0o600);
    const jwks = (await (await fetch(`${issuer}/jwks`)).json()) as { keys: Array<Record<string, unknown>> };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });

  it('shows an accessible sign-in form', async () => {
    const { form } = await openSignIn(new BrowserSession(issuer), pkcePair().challenge);
    expect(form.status).toBe(200);
    expect(form.headers.get('content-type')).toContain('text/html');
    expect(form.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(form.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const html = await form.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('<label for="username">');
    expect(html).toContain('<label for="password">');
    expect(html).not.toMatch(/<(script|link|img)\b/);
  });

  it('signs a member in and issues an access token the platform verifies and maps to the member', async () => {
    const tokens = await tokensFor(member);
    expect(tokens.token_type).toBe('Bearer');
    expect(tokens.expires_in).toBeLessThanOrEqual(15 * 60);
    expect(tokens.refresh_token).toEqual(expect.any(String));

    expect(decodeProtectedHeader(tokens.access_token)).toMatchObject({ alg: 'RS256', typ: 'at+jwt' });
    expect(decodeJwt(tokens.access_token)).toMatchObject({ iss: issuer, aud: AUDIENCE, sub: member.username, role: 'member' });
    await expect(platformVerifier().verifyBearer(tokens.access_token)).resolves.toEqual({
      ok: true,
      principal: { kind: 'user', subject: member.username, role: 'member', clusterId: 'clean', organisationId: 'org-cph-heat' },
    });

    // The ID token tells the console who signed in; it is for the console, not for the APIs.
    expect(decodeJwt(tokens.id_token)).toMatchObject({
      iss: issuer,
      aud: CONSOLE_CLIENT_ID,
      nonce: 'nonce-1',
      name: member.name,
      email: member.email,
      role: 'member',
      clusterId: 'clean',
      organisationId: 'org-cph-heat',
    });
    await expect(platformVerifier().verifyBearer(tokens.id_token)).resolves.toMatchObject({ ok: false });
  });

  it('maps a cluster manager to the cluster it manages', async () => {
    const tokens = await tokensFor(manager);
    await expect(platformVerifier().verifyBearer(tokens.access_token)).resolves.toEqual({
      ok: true,
      principal: { kind: 'user', subject: manager.username, role: 'cluster-manager', clusterId: 'tweed' },
    });
  });

  it('refreshes the access token with the refresh token', async () => {
    const tokens = await tokensFor(member);
    const response = await tokenRequest({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token });
    expect(response.status).toBe(200);
    const refreshed = (await response.json()) as Tokens;
    expect(refreshed.access_token).not.toBe(tokens.access_token);
    await expect(platformVerifier().verifyBearer(refreshed.access_token)).resolves.toMatchObject({ ok: true, principal: { subject: member.username } });
  });

  it('answers a wrong password with the form again, the error bound to the fields, and what was typed escaped', async () => {
    const browser = new BrowserSession(issuer);
    const { interaction } = await openSignIn(browser, pkcePair().challenge);
    const wrong = await browser.postForm(`${interaction.pathname}/login`, { username: member.username, password: 'not-demo' });
    expect(wrong.status).toBe(401);
    const html = await wrong.text();
    expect(html).toContain('<p id="login-error" class="error" role="alert">Wrong username or password.</p>');
    expect(html).toMatch(/<input id="username"[^>]*aria-invalid="true" aria-describedby="login-error"/);
    expect(html).toContain(`value="${member.username}"`);

    const hostile = await browser.postForm(`${interaction.pathname}/login`, { username: '"><script>alert(1)</script>', password: 'x' });
    expect(hostile.status).toBe(401);
    const echoed = await hostile.text();
    expect(echoed).not.toContain('<script>');
    expect(echoed).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');

    // The same interaction still signs in with the right password.
    const right = await browser.postForm(`${interaction.pathname}/login`, { username: member.username, password: 'demo' });
    expect(right.status).toBe(303);
  });

  it('refuses a sign-in form posted without the interaction cookie (another site, another browser)', async () => {
    const { interaction } = await openSignIn(new BrowserSession(issuer), pkcePair().challenge);
    const forged = await new BrowserSession(issuer).postForm(`${interaction.pathname}/login`, { username: member.username, password: 'demo' });
    expect(forged.status).toBe(400);
    expect(await forged.text()).toContain('This sign-in has expired');
  });

  it('signs in a user added to the users file while it runs', async () => {
    const late: DemoUser = { username: 'admin', password: 'demo', name: 'Secretariat', email: 'admin@demo.icn.example', role: 'network-admin' };
    await writeUsers([member, manager, late]);
    const tokens = await tokensFor(late);
    await expect(platformVerifier().verifyBearer(tokens.access_token)).resolves.toEqual({
      ok: true,
      principal: { kind: 'user', subject: 'admin', role: 'network-admin' },
    });
  });

  it('refuses an authorization request without PKCE', async () => {
    const response = await new BrowserSession(issuer).get(authorizationUrl({}));
    expect(response.status).toBe(303);
    const callback = BrowserSession.locationOf(response, issuer);
    expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT_URI);
    expect(callback.searchParams.get('error')).toBe('invalid_request');
    expect(callback.searchParams.get('error_description')).toMatch(/PKCE/);
  });

  it('refuses the code with the wrong PKCE verifier, and the client with the wrong secret', async () => {
    const { code } = await signIn(member);
    const wrongVerifier = await tokenRequest({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: pkcePair().verifier });
    expect(wrongVerifier.status).toBe(400);
    expect(await wrongVerifier.json()).toMatchObject({ error: 'invalid_grant' });

    const second = await signIn(member);
    const wrongSecret = await fetch(`${issuer}/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${CONSOLE_CLIENT_ID}:wrong`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code: second.code, redirect_uri: REDIRECT_URI, code_verifier: second.verifier }),
    });
    expect(wrongSecret.status).toBe(401);
  });

  it('refuses a redirect URI the console did not register, on its own error page', async () => {
    const response = await new BrowserSession(issuer).get(
      authorizationUrl({ redirect_uri: 'https://attacker.example/callback', code_challenge: pkcePair().challenge, code_challenge_method: 'S256' }),
    );
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Sign-in could not continue');
    expect(html).not.toContain('attacker.example/callback"');
  });

  it('publishes a rotated key next to the previous one: old tokens stay valid, new ones use the new key', async () => {
    const before = await tokensFor(member);
    const { added, kept } = await rotateSigningKeys(keysFile);
    await provider.close();
    await start();
    expect((await stat(keysFile)).mode & 0o777).toBe(0o600);
    const jwks = (await (await fetch(`${issuer}/jwks`)).json()) as { keys: Array<{ kid: string }> };
    expect(jwks.keys.map((key) => key.kid)).toEqual([added, ...kept]);

    const after = await tokensFor(member);
    expect(decodeProtectedHeader(after.access_token).kid).toBe(added);
    const verifier = platformVerifier();
    await expect(verifier.verifyBearer(after.access_token)).resolves.toMatchObject({ ok: true });
    await expect(verifier.verifyBearer(before.access_token)).resolves.toMatchObject({ ok: true });
  });
});
