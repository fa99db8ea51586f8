import { HttpStatus, RequestMethod, type INestApplication } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { DECORATORS } from '@nestjs/swagger/dist/constants';
import { THROTTLER_SKIP } from '@nestjs/throttler/dist/throttler.constants';
import { IS_PUBLIC_KEY } from '../auth/auth-metadata';
import { IDEMPOTENT_KEY } from '../idempotency/idempotent.decorator';

/** What the request pipeline does to one route, read from the decorators the pipeline itself obeys. */
export interface RouteFacts {
  /** `@Public()`: the global AuthGuard lets it through, so it never answers 401/403. */
  readonly isPublic: boolean;
  /** `@Idempotent()`: the interceptor may answer 409 (retry in flight) and 422 (other body). */
  readonly idempotent: boolean;
  /** The global ThrottlerGuard applies unless `@SkipThrottle()`. */
  readonly throttled: boolean;
  /** `@HttpCode(...)`, else Nest's default: 201 for POST, 200 for everything else. */
  readonly successStatus: number;
  /** `@ApiProduces(...)`: media types other than JSON the success response has (SSE, iCalendar). */
  readonly produces: readonly string[];
}

/** The throttler PlatformModule configures (its name is part of the skip metadata key). */
const THROTTLER_NAME = 'default';

/**
 * The facts of every route handler of the app, keyed as @nestjs/swagger's default operationId
 * (`<ControllerClass>_<method>`), so the OpenAPI document can be completed from them.
 */
export function collectRouteFacts(app: INestApplication): Map<string, RouteFacts> {
  const reflector = new Reflector();
  const facts = new Map<string, RouteFacts>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype;
      if (typeof controller !== 'function') continue;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (typeof handler !== 'function' || name === 'constructor') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const targets = [handler, controller];
        facts.set(`${controller.name}_${name}`, {
          isPublic: reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC_KEY, targets) === true,
          idempotent: reflector.get<boolean | undefined>(IDEMPOTENT_KEY, handler) === true,
          throttled: reflector.getAllAndOverride<boolean | undefined>(`${THROTTLER_SKIP}${THROTTLER_NAME}`, targets) !== true,
          successStatus:
            (Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined) ??
            (method === RequestMethod.POST ? HttpStatus.CREATED : HttpStatus.OK),
          produces: reflector.getAllAndOverride<string[] | undefined>(DECORATORS.API_PRODUCES, targets) ?? [],
        });
      }
    }
  }
  return facts;
}
