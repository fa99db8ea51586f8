import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IS_PUBLIC_KEY, ROLES_KEY } from './auth-metadata';
import { AuthenticatedRequest } from './authenticated-request';
import { extractCredentials } from './credentials';
import { CredentialsVerifier, VerificationResult } from './credentials-verifier';
import { IDENTITY_PROVIDER_RETRY_AFTER_SECONDS, IdentityProviderUnavailableException } from './identity-provider-unavailable.exception';
import { Role } from './role';

interface HeaderWritableResponse {
  setHeader(name: string, value: string): unknown;
}

/**
 * Global guard: authenticates every HTTP request unless the handler or controller is @Public(),
 * stores the Principal on the request, then enforces @Roles(). Registered as APP_GUARD by
 * AuthModule so that a new controller is protected without anyone remembering to add it.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: CredentialsVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets) === true) return true;
    // Only HTTP controllers exist; any other transport reaching here is unexpected, so fail closed.
    if (context.getType() !== 'http') throw new ForbiddenException('Unsupported transport');

    const http = context.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    const response = http.getResponse<HeaderWritableResponse>();
    const result = await this.authenticate(request);
    if (!result.ok && 'providerUnreachable' in result) {
      response.setHeader('Retry-After', String(IDENTITY_PROVIDER_RETRY_AFTER_SECONDS));
      throw new IdentityProviderUnavailableException(result.providerUnreachable);
    }
    if (!result.ok) {
      // The header is set on the response directly because the global exception filter writes
      // only the JSON body; RFC 6750 wants the challenge on every 401.
      response.setHeader('WWW-Authenticate', result.challenge);
      throw new UnauthorizedException(result.message);
    }
    request.principal = result.principal;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles !== undefined && !roles.includes(result.principal.role)) {
      throw new ForbiddenException(`This operation requires one of the roles: ${roles.join(', ')}`);
    }
    return true;
  }

  private async authenticate(
    request: AuthenticatedRequest,
  ): Promise<(VerificationResult & { ok: true }) | { ok: false; message: string; challenge: string } | { ok: false; providerUnreachable: string }> {
    const credentials = extractCredentials(request.headers);
    const invalid = (message: string, error: string) => ({
      ok: false as const,
      message,
      challenge: `Bearer realm="icn", error="${error}"`,
    });
    switch (credentials.kind) {
      case 'none':
        // RFC 6750 §3.1: no error code when the request carried no credentials at all.
        return { ok: false, message: 'Authentication required: send a bearer token or an X-API-Key header', challenge: 'Bearer realm="icn"' };
      case 'malformed':
        return invalid(`Malformed credentials: ${credentials.reason}`, 'invalid_request');
      case 'bearer': {
        const result = await this.verifier.verifyBearer(credentials.token);
        if (result.ok) return result;
        // Not the token's fault: the identity provider could not be asked for its keys (a 503).
        if (result.unavailable) return { ok: false, providerUnreachable: result.reason };
        // The reason (expired, bad signature, bad claims) stays server-side: it helps attackers more
        // than clients, who can only fetch a new token either way.
        return invalid('Invalid or expired bearer token', 'invalid_token');
      }
      case 'api-key': {
        const result = this.verifier.verifyApiKey(credentials.key);
        return result.ok ? result : invalid('Invalid API key', 'invalid_token');
      }
    }
  }
}
