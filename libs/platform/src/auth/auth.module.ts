import { DynamicModule, Module, Provider } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CONFIG } from '../platform.tokens';
import { AUTH_OPTIONS, AuthModuleAsyncOptions, AuthOptions } from './auth-options';
import { AuthGuard } from './auth.guard';
import { CredentialsVerifier } from './credentials-verifier';

/**
 * Authentication for one service. Importing it installs AuthGuard as a global guard (APP_GUARD),
 * so every route is authenticated unless marked @Public().
 *
 *   AuthModule.fromConfig()      // reads JWT_SECRET, JWT_ISSUER, JWT_AUDIENCE, JWT_MAX_LIFETIME_SECONDS,
 *                                // JWT_CLOCK_TOLERANCE_SECONDS, INTEGRATOR_API_KEYS from CONFIG
 *   AuthModule.forRoot({ jwtSecret, jwtIssuer, integratorApiKeys })
 *   AuthModule.forRootAsync({ inject: [...], useFactory: (...) => ({ jwtSecret, jwtIssuer }) })
 */
/** The variables of BaseServiceConfig that auth reads (structural, so any subclass fits). */
interface AuthConfigSlice {
  JWT_SECRET: string;
  JWT_ISSUER: string;
  JWT_AUDIENCE?: string;
  JWT_MAX_LIFETIME_SECONDS?: number;
  JWT_CLOCK_TOLERANCE_SECONDS?: number;
  INTEGRATOR_API_KEYS?: string;
}

@Module({})
export class AuthModule {
  static forRoot(options: AuthOptions): DynamicModule {
    return AuthModule.create({ provide: AUTH_OPTIONS, useValue: options }, []);
  }

  /** Options from the global `CONFIG` provider (a `BaseServiceConfig`), as PlatformModule provides it. */
  static fromConfig(): DynamicModule {
    return AuthModule.forRootAsync({
      inject: [CONFIG],
      useFactory: (config: AuthConfigSlice) => ({
        jwtSecret: config.JWT_SECRET,
        jwtIssuer: config.JWT_ISSUER,
        ...(config.JWT_AUDIENCE !== undefined && config.JWT_AUDIENCE !== '' && { jwtAudience: config.JWT_AUDIENCE }),
        ...(config.JWT_MAX_LIFETIME_SECONDS !== undefined && { jwtMaxLifetimeSeconds: config.JWT_MAX_LIFETIME_SECONDS }),
        ...(config.JWT_CLOCK_TOLERANCE_SECONDS !== undefined && { jwtClockToleranceSeconds: config.JWT_CLOCK_TOLERANCE_SECONDS }),
        integratorApiKeys: config.INTEGRATOR_API_KEYS,
      }),
    });
  }

  static forRootAsync(options: AuthModuleAsyncOptions): DynamicModule {
    return AuthModule.create(
      { provide: AUTH_OPTIONS, useFactory: options.useFactory, inject: options.inject ?? [] },
      options.imports ?? [],
    );
  }

  private static create(optionsProvider: Provider, imports: NonNullable<AuthModuleAsyncOptions['imports']>): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      imports,
      providers: [optionsProvider, CredentialsVerifier, AuthGuard, { provide: APP_GUARD, useExisting: AuthGuard }],
      exports: [AUTH_OPTIONS, CredentialsVerifier, AuthGuard],
    };
  }
}
