/**
 * The JWT secret documented in the README for local development only. It is public, so anything
 * signed with it proves nothing; the CLI warns whenever it falls back to it.
 */
export const DEVELOPMENT_JWT_SECRET = 'icn-development-secret-change-me-0123456789';

export const DEFAULT_JWT_ISSUER = 'icn-platform';
