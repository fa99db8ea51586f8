/**
 * Errors a service's domain (and the write path) raises when a command cannot be applied. They carry
 * no HTTP knowledge, so domain rules stay testable without Nest; PlatformExceptionFilter maps each
 * to its status once for every service (ADR 12): not found 404, access denied 403, conflict 409,
 * validation 400 naming the field.
 */

/** The command is well-formed but the aggregate's current state forbids it (-> 409 with the reason). */
export class DomainConflictError extends Error {
  override readonly name: string = 'DomainConflictError';
}

/** Another writer changed the aggregate first, every retry included (-> 409: re-read and retry). */
export class ConcurrentModificationError extends DomainConflictError {
  override readonly name: string = 'ConcurrentModificationError';
}

/** The command would leave the aggregate invalid, e.g. a deadline in the past (-> 400 naming the field). */
export class DomainValidationError extends Error {
  override readonly name = 'DomainValidationError';

  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}

/** The aggregate does not exist, or the caller may not know that it does (-> 404). */
export class DomainNotFoundError extends Error {
  override readonly name = 'DomainNotFoundError';
}

/** The caller may see the aggregate but not do this to it (-> 403 with the reason). */
export class DomainAccessDeniedError extends Error {
  override readonly name = 'DomainAccessDeniedError';
}
