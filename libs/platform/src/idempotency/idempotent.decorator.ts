import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { MAX_IDEMPOTENCY_KEY_LENGTH } from './idempotency-key';

export const IDEMPOTENT_KEY = 'icn:idempotent';

/**
 * Marks a write handler (POST) as honouring the `Idempotency-Key` header; IdempotencyInterceptor
 * (global) does the work. Also documents the header in the OpenAPI description.
 */
export const Idempotent = (): MethodDecorator =>
  applyDecorators(
    SetMetadata(IDEMPOTENT_KEY, true),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        `1-${MAX_IDEMPOTENCY_KEY_LENGTH} visible ASCII characters (a UUID). Retrying with the same key replays ` +
        'the first response (header Idempotent-Replayed: true); a different body is 422, a retry while the ' +
        'first attempt runs is 409. Keys are kept for 24 hours.',
    }),
  );
