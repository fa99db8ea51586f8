import { DynamicModule, Module, Provider } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CONFIG } from '../platform.tokens';
import { AUTH_OPTIONS, AuthModuleAsyncOptions, AuthOptions } from './auth-options';
import { authOptionsFromConfig } from './auth-options-from-config';
import { AuthGuard } from './auth.guard';
import { CredentialsVerifier } from './credentials-verifier';

/**
 * Authentication for one service. Importing it installs AuthGuard as a global guard (APP_GUARD),
 * so every route is authenticated unless marked @Public().
 *
 *   AuthModule.fromConfig()      // reads OIDC_*, JWT_SECRET, JWT_ISSUER, JWT_AUDIENCE, JWT_MAX_LIFETIME_SECONDS,
 *                                // JWT_CLOCK_TOLERANCE_SECONDS, INTEGRATOR_API_KEYS from CONFIG
 *   AuthModule.forRoot({ oidc: { issuer, audience }, integratorApiKeys })
 *   AuthModule.forRoot({ jwtSecret, jwtIssuer })   // development
 *   AuthModule.forRootAsync({ inject: [...], useFactory: (...) => ({ jwtSecret, jwtIssuer }) })
 */
@Module({})
export class AuthModule {
  static forRoot(options: AuthOptions): DynamicModule {
    return AuthModule.create({ provide: AUTH_OPTIONS, useValue: options }, []);
  }

  /** Options from the global `CONFIG` provider (a `BaseServiceConfig`), as PlatformModule provides it. */
  static fromConfig(): DynamicModule {
    return AuthModule.forRootAsync({ inject: [CONFIG], useFactory: authOptionsFromConfig });
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
