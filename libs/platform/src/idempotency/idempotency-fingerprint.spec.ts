import { canonicalJson, idempotencyRecordId, requestFingerprint } from './idempotency-fingerprint';

describe('canonicalJson', () => {
  it('sorts keys at every depth but keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
  });

  it('treats undefined as null and omits undefined properties like JSON does', () => {
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });
});

describe('idempotencyRecordId', () => {
  const scope = { caller: 'user:alice', method: 'post', route: '/organisations', key: 'k-1' };

  it('is a stable sha256 hex, case-insensitive on the method', () => {
    expect(idempotencyRecordId(scope)).toMatch(/^[0-9a-f]{64}$/);
    expect(idempotencyRecordId(scope)).toBe(idempotencyRecordId({ ...scope, method: 'POST' }));
  });

  it.each([
    ['caller', { caller: 'integrator:alice' }],
    ['route', { route: '/clusters' }],
    ['key', { key: 'k-2' }],
    ['method', { method: 'PUT' }],
  ])('differs by %s', (_label, change) => {
    expect(idempotencyRecordId({ ...scope, ...change })).not.toBe(idempotencyRecordId(scope));
  });

  it('cannot be forged by moving separators between fields', () => {
    const a = idempotencyRecordId({ ...scope, caller: 'user:a', key: 'b:c' });
    const b = idempotencyRecordId({ ...scope, caller: 'user:a:b', key: 'c' });
    expect(a).not.toBe(b);
  });
});

describe('requestFingerprint', () => {
  it('ignores key order in the body', () => {
    expect(requestFingerprint('POST', '/o', { a: 1, b: 2 })).toBe(requestFingerprint('post', '/o', { b: 2, a: 1 }));
  });

  it('differs by body and by concrete URL', () => {
    const base = requestFingerprint('POST', '/o/1/contacts', { a: 1 });
    expect(requestFingerprint('POST', '/o/1/contacts', { a: 2 })).not.toBe(base);
    expect(requestFingerprint('POST', '/o/2/contacts', { a: 1 })).not.toBe(base);
  });
});
