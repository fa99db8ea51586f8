/**
 * Errors the Passport domain raises when a command cannot be applied. They carry no HTTP knowledge;
 * withHttpErrors turns them into 400 / 409 so the rules stay testable without Nest.
 */

/** The command is well-formed but the application's current state forbids it (-> 409). */
export class DomainConflictError extends Error {
  override readonly name = 'DomainConflictError';
}

/** The command would leave the application invalid, e.g. a stay in the past (-> 400). */
export class DomainValidationError extends Error {
  override readonly name = 'DomainValidationError';

  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}
