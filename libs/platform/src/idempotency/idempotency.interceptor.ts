import {
  BadRequestException,
  CallHandler,
  ConflictException,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  UnprocessableEntityException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { catchError, from, mergeMap, Observable, of, throwError } from 'rxjs';
import { Principal } from '../auth/principal';
import { idempotencyRecordId, requestFingerprint } from './idempotency-fingerprint';
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENT_REPLAYED_HEADER, validateIdempotencyKey } from './idempotency-key';
import { IdempotencyService } from './idempotency.service';
import { IDEMPOTENT_KEY } from './idempotent.decorator';

/** The Express request/response members used here. */
interface IdempotentRequest {
  method: string;
  originalUrl: string;
  baseUrl?: string;
  route?: { path?: string };
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
  principal?: Principal;
}
interface IdempotentResponse {
  statusCode: number;
  status(code: number): unknown;
  setHeader(name: string, value: string): unknown;
}

/**
 * Global interceptor; acts only on handlers marked @Idempotent() that received an Idempotency-Key.
 * It runs after AuthGuard (guards precede interceptors), so the principal is known, and before the
 * ValidationPipe, so it fingerprints the body exactly as the client sent it.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly idempotency: IdempotencyService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    if (this.reflector.get<boolean>(IDEMPOTENT_KEY, context.getHandler()) !== true) return next.handle();

    const http = context.switchToHttp();
    const request = http.getRequest<IdempotentRequest>();
    const response = http.getResponse<IdempotentResponse>();
    const validation = validateIdempotencyKey(request.headers[IDEMPOTENCY_KEY_HEADER]);
    if (!validation.ok) throw new BadRequestException(validation.reason);
    if (validation.key === undefined) return next.handle();
    // Without a principal every anonymous client would share one key space and could be served
    // another's stored response, so keys are refused rather than silently ignored.
    if (request.principal === undefined) {
      throw new BadRequestException('Idempotency-Key is only accepted on authenticated requests');
    }

    const { kind, subject } = request.principal;
    const id = idempotencyRecordId({
      caller: `${kind}:${subject}`,
      method: request.method,
      route: `${request.baseUrl ?? ''}${request.route?.path ?? context.getHandler().name}`,
      key: validation.key,
    });
    const requestHash = requestFingerprint(request.method, request.originalUrl, request.body);

    return from(this.idempotency.begin(id, requestHash)).pipe(
      mergeMap((begin) => {
        switch (begin.kind) {
          case 'replay':
            response.status(begin.status);
            response.setHeader(IDEMPOTENT_REPLAYED_HEADER, 'true');
            return of(begin.body);
          case 'mismatch':
            throw new UnprocessableEntityException('This Idempotency-Key was already used with a different request');
          case 'in-progress':
            throw new ConflictException('A request with this Idempotency-Key is still being processed; retry later');
          case 'proceed':
            return next.handle().pipe(
              mergeMap(async (body: unknown) => {
                // Nest sets the status (201, or @HttpCode) before interceptors run.
                await this.idempotency.complete(id, begin.lockToken, response.statusCode, body);
                return body;
              }),
              catchError((error: unknown) =>
                from(this.idempotency.release(id, begin.lockToken)).pipe(mergeMap(() => throwError(() => error))),
              ),
            );
        }
      }),
    );
  }
}
