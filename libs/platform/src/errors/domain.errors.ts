/**
 * Errors a service's domain raises when a command cannot be applied. They carry no HTTP knowledge;
 * `withHttpErrors` turns them into 400 / 409, so domain rules stay testable without Nest.
 */

/** The command is well-formed but the aggregate's current state forbids it (-> 409 with the reason). */
export class DomainConflictError extends Error {
  override readonly name = 'DomainConflictError';
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
