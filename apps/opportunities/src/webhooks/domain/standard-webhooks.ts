import { createHmac, timingSafeEqual } from 'node:crypto';

/** Standard Webhooks (standardwebhooks.com) header names. */
export const WEBHOOK_HEADERS = {
  id: 'webhook-id',
  timestamp: 'webhook-timestamp',
  signature: 'webhook-signature',
} as const;

const SECRET_PREFIX = 'whsec_';

/** The HMAC key: the base64 part of a `whsec_` secret (Standard Webhooks). */
export function signingKey(secret: string): Buffer {
  return Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
}

/** `v1,<base64 HMAC-SHA256(key, "<id>.<timestamp>.<body>")>` */
export function sign(secret: string, id: string, timestampSeconds: number, body: string): string {
  const mac = createHmac('sha256', signingKey(secret)).update(`${id}.${timestampSeconds}.${body}`, 'utf8').digest('base64');
  return `v1,${mac}`;
}

export function signedHeaders(secret: string, id: string, timestampSeconds: number, body: string): Record<string, string> {
  return {
    [WEBHOOK_HEADERS.id]: id,
    [WEBHOOK_HEADERS.timestamp]: String(timestampSeconds),
    [WEBHOOK_HEADERS.signature]: sign(secret, id, timestampSeconds, body),
  };
}

export interface VerifyOptions {
  /** Reject timestamps further than this from now (replay protection); default 5 minutes. */
  toleranceSeconds?: number;
  nowSeconds?: number;
}

/**
 * What a receiver does (used by our tests and offered to integrators): the signature header may
 * carry several space-separated `v1,` signatures (secret rotation); any match is enough.
 */
export function verify(secret: string, headers: Record<string, string | undefined>, body: string, options: VerifyOptions = {}): boolean {
  const id = headers[WEBHOOK_HEADERS.id];
  const timestamp = headers[WEBHOOK_HEADERS.timestamp];
  const signatures = headers[WEBHOOK_HEADERS.signature];
  if (!id || !timestamp || !signatures || !/^\d+$/.test(timestamp)) return false;
  const now = options.nowSeconds ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - Number(timestamp)) > (options.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(sign(secret, id, Number(timestamp), body));
  return signatures.split(' ').some((candidate) => {
    const actual = Buffer.from(candidate);
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  });
}
