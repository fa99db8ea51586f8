import { createHash } from 'node:crypto';

export interface RecordScope {
  /** `kind:subject` of the principal, so a user and an integrator with the same name never share keys. */
  caller: string;
  method: string;
  /** The route template (`/organisations/:id`), so keys are per endpoint. */
  route: string;
  key: string;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Sorts object keys at every level so `{a,b}` and `{b,a}` hash alike; arrays keep their order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, nested: unknown) => {
    if (nested === null || typeof nested !== 'object' || Array.isArray(nested)) return nested;
    const source = nested as Record<string, unknown>;
    return Object.fromEntries(Object.keys(source).sort().map((k) => [k, source[k]]));
  });
}

/**
 * The record `_id`. Hashing a JSON array (not a joined string) means no separator inside a key or
 * route can make two different scopes collide, and the stored id reveals nothing about the caller.
 */
export function idempotencyRecordId(scope: RecordScope): string {
  return sha256(JSON.stringify([scope.caller, scope.method.toUpperCase(), scope.route, scope.key]));
}

/**
 * What "the same request" means for a reused key: the concrete URL (path parameters and query,
 * which the route template in the id leaves out) and the body. A different one is a 422.
 */
export function requestFingerprint(method: string, url: string, body: unknown): string {
  return sha256(canonicalJson({ method: method.toUpperCase(), url, body }));
}
