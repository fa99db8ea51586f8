import { APP_GUARD } from '@nestjs/core';
import { CONFIG } from '../platform.tokens';
import { AUTH_OPTIONS } from './auth-options';
import { AuthGuard } from './auth.guard';
import { AuthModule } from './auth.module';

describe('AuthModule', () => {
  it('installs AuthGuard as the global guard', () => {
    const module = AuthModule.forRoot({ jwtSecret: 'x'.repeat(32), jwtIssuer: 'icn' });
    expect(module.global).toBe(true);
    expect(module.providers).toContainEqual({ provide: APP_GUARD, useExisting: AuthGuard });
  });

  it('fromConfig maps the CONFIG variables to AuthOptions', () => {
    const module = AuthModule.fromConfig();
    const provider = module.providers?.find(
      (p): p is { provide: symbol; inject: string[]; useFactory: (c: object) => unknown } =>
        typeof p === 'object' && 'provide' in p && p.provide === AUTH_OPTIONS,
    );
    expect(provider?.inject).toEqual([CONFIG]);
    expect(
      provider?.useFactory({ JWT_SECRET: 's'.repeat(32), JWT_ISSUER: 'icn', INTEGRATOR_API_KEYS: '' }),
    ).toEqual({ jwtSecret: 's'.repeat(32), jwtIssuer: 'icn', integratorApiKeys: '' });
    expect(
      provider?.useFactory({
        JWT_SECRET: 's'.repeat(32),
        JWT_ISSUER: 'icn',
        JWT_AUDIENCE: 'icn-api',
        JWT_MAX_LIFETIME_SECONDS: 600,
        JWT_CLOCK_TOLERANCE_SECONDS: 5,
      }),
    ).toEqual({ jwtSecret: 's'.repeat(32), jwtIssuer: 'icn', jwtAudience: 'icn-api', jwtMaxLifetimeSeconds: 600, jwtClockToleranceSeconds: 5 });
  });
});
