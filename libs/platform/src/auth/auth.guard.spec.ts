import { Controller, ExecutionContext, ForbiddenException, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { hashApiKey } from './api-key';
import { AuthGuard } from './auth.guard';
import { AuthenticatedRequest } from './authenticated-request';
import { CredentialsVerifier } from './credentials-verifier';
import { IdentityProviderUnavailableException } from './identity-provider-unavailable.exception';
import { mintToken } from './mint-token';
import { Public } from './public.decorator';
import { Roles } from './roles.decorator';

const secret = 'unit-test-secret-0123456789-0123456789';

@Controller()
@Roles('network-admin', 'cluster-manager')
class SampleController {
  managed(): void {}

  @Roles('integrator')
  integratorsOnly(): void {}

  @Public()
  open(): void {}
}

function contextFor(handler: keyof SampleController, headers: AuthenticatedRequest['headers']) {
  const request: AuthenticatedRequest = { headers };
  const responseHeaders: Record<string, string> = {};
  const response = { setHeader: (name: string, value: string) => (responseHeaders[name] = value) };
  const context = {
    getType: () => 'http',
    getHandler: () => SampleController.prototype[handler],
    getClass: () => SampleController,
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }),
  } as unknown as ExecutionContext;
  return { context, request, responseHeaders };
}

describe('AuthGuard', () => {
  const guard = new AuthGuard(
    new Reflector(),
    new CredentialsVerifier({ jwtSecret: secret, jwtIssuer: 'icn-test', integratorApiKeys: `crm:${hashApiKey('crm-key')}` }),
  );
  const bearer = (role: 'network-admin' | 'member') =>
    `Bearer ${mintToken(
      role === 'member' ? { sub: 'bob', role, clusterId: 'clean', organisationId: 'o-1' } : { sub: 'sec', role },
      secret,
      { issuer: 'icn-test', expiresIn: 60 },
    )}`;

  it('lets @Public() handlers through without credentials', async () => {
    const { context, request } = contextFor('open', {});
    await expect(guard.canActivate(context)).resolves.toBe(true);
    expect(request.principal).toBeUndefined();
  });

  it('401s without credentials, with a bare Bearer challenge', async () => {
    const { context, responseHeaders } = contextFor('managed', {});
    await expect(guard.canActivate(context)).rejects.toBeInstanceOf(UnauthorizedException);
    expect(responseHeaders['WWW-Authenticate']).toBe('Bearer realm="icn"');
  });

  it('401s an invalid token with error="invalid_token"', async () => {
    const { context, responseHeaders } = contextFor('managed', { authorization: 'Bearer a.b.c' });
    await expect(guard.canActivate(context)).rejects.toBeInstanceOf(UnauthorizedException);
    expect(responseHeaders['WWW-Authenticate']).toContain('error="invalid_token"');
  });

  it('401s an unknown API key', async () => {
    const { context } = contextFor('integratorsOnly', { 'x-api-key': 'nope' });
    await expect(guard.canActivate(context)).rejects.toBeInstanceOf(UnauthorizedException);
  });

  it('attaches the principal and applies the controller roles', async () => {
    const { context, request } = contextFor('managed', { authorization: bearer('network-admin') });
    await expect(guard.canActivate(context)).resolves.toBe(true);
    expect(request.principal).toEqual({ kind: 'user', subject: 'sec', role: 'network-admin' });
  });

  it('403s a role outside the list', async () => {
    const { context } = contextFor('managed', { authorization: bearer('member') });
    await expect(guard.canActivate(context)).rejects.toBeInstanceOf(ForbiddenException);
  });

  it('lets a handler-level @Roles() replace the controller one', async () => {
    const asIntegrator = contextFor('integratorsOnly', { 'x-api-key': 'crm-key' });
    await expect(guard.canActivate(asIntegrator.context)).resolves.toBe(true);
    expect(asIntegrator.request.principal).toEqual({ kind: 'integrator', role: 'integrator', subject: 'crm' });
    const asAdmin = contextFor('integratorsOnly', { authorization: bearer('network-admin') });
    await expect(guard.canActivate(asAdmin.context)).rejects.toBeInstanceOf(ForbiddenException);
  });

  it('503s, with Retry-After, a token that could not be verified because the identity provider is unreachable', async () => {
    const providerDown = { verifyBearer: async () => ({ ok: false, reason: 'discovery document: connect ECONNREFUSED', unavailable: true }) };
    const guardWithProviderDown = new AuthGuard(new Reflector(), providerDown as unknown as CredentialsVerifier);
    const { context, responseHeaders } = contextFor('managed', { authorization: 'Bearer a.b.c' });
    const refusal = guardWithProviderDown.canActivate(context);
    await expect(refusal).rejects.toBeInstanceOf(IdentityProviderUnavailableException);
    await expect(refusal).rejects.toMatchObject({ reason: 'discovery document: connect ECONNREFUSED', message: expect.stringContaining('identity provider is unreachable') });
    expect(responseHeaders['Retry-After']).toBe('5');
    expect(responseHeaders['WWW-Authenticate']).toBeUndefined();
  });
});
