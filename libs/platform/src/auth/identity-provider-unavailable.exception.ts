import { ServiceUnavailableException } from '@nestjs/common';

/** Seconds a client is asked to wait before retrying (the `Retry-After` header). */
export const IDENTITY_PROVIDER_RETRY_AFTER_SECONDS = 5;

/**
 * A bearer token could not be verified because the identity provider could not be asked for its
 * keys. Neither the client's fault (401 would send the user to sign in again, which fails the same
 * way) nor a bug (500): a 503 whose message says what to do. The reason (which request failed, and
 * how) is for the logs only.
 */
export class IdentityProviderUnavailableException extends ServiceUnavailableException {
  constructor(readonly reason: string) {
    super('The bearer token could not be verified: the identity provider is unreachable. Retry shortly.');
  }
}
