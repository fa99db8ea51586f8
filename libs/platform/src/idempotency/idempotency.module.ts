import { DynamicModule, Module, Provider } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import type { Connection } from 'mongoose';
import { DATABASE_CONNECTION } from '../platform.tokens';
import { IdempotencyCleanup } from './idempotency-cleanup.service';
import {
  IDEMPOTENCY_OPTIONS,
  IdempotencyModuleAsyncOptions,
  IdempotencyOptions,
  resolveIdempotencyOptions,
} from './idempotency-options';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { IdempotencyService } from './idempotency.service';
import { IdempotencyStore } from './idempotency.store';

/**
 * Idempotency-Key support for one service. Importing it installs IdempotencyInterceptor as a global
 * interceptor (APP_INTERCEPTOR); only @Idempotent() handlers are affected.
 *
 *   IdempotencyModule.fromPlatform()              // uses the DATABASE_CONNECTION provider
 *   IdempotencyModule.forRoot({ connection, ttlMs })
 *   IdempotencyModule.forRootAsync({ inject: [...], useFactory: (...) => ({ connection }) })
 */
@Module({})
export class IdempotencyModule {
  static forRoot(options: IdempotencyOptions): DynamicModule {
    return IdempotencyModule.create({ provide: IDEMPOTENCY_OPTIONS, useValue: resolveIdempotencyOptions(options) }, []);
  }

  static forRootAsync(options: IdempotencyModuleAsyncOptions): DynamicModule {
    return IdempotencyModule.create(
      {
        provide: IDEMPOTENCY_OPTIONS,
        useFactory: async (...deps: never[]) => resolveIdempotencyOptions(await options.useFactory(...deps)),
        inject: options.inject ?? [],
      },
      options.imports ?? [],
    );
  }

  /** Uses the service's connection from the global DATABASE_CONNECTION provider (PlatformModule). */
  static fromPlatform(overrides: Omit<IdempotencyOptions, 'connection'> = {}): DynamicModule {
    return IdempotencyModule.forRootAsync({
      inject: [DATABASE_CONNECTION],
      useFactory: (connection: Connection) => ({ ...overrides, connection }),
    });
  }

  private static create(
    optionsProvider: Provider,
    imports: NonNullable<IdempotencyModuleAsyncOptions['imports']>,
  ): DynamicModule {
    return {
      module: IdempotencyModule,
      global: true,
      imports,
      providers: [
        optionsProvider,
        IdempotencyStore,
        IdempotencyService,
        IdempotencyCleanup,
        IdempotencyInterceptor,
        { provide: APP_INTERCEPTOR, useExisting: IdempotencyInterceptor },
      ],
      exports: [IdempotencyService, IdempotencyStore, IdempotencyInterceptor],
    };
  }
}
