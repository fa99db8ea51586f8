import { validateIdempotencyKey } from './idempotency-key';

describe('validateIdempotencyKey', () => {
  it('accepts an absent header', () => {
    expect(validateIdempotencyKey(undefined)).toEqual({ ok: true, key: undefined });
  });

  it.each([['a'], ['3f2b8c1e-6a4d-4e59-9c1a-0d4b7e2f9a10'], ['x'.repeat(200)], [['single']]])('accepts %j', (raw) => {
    expect(validateIdempotencyKey(raw)).toMatchObject({ ok: true });
  });

  it.each([[''], ['x'.repeat(201)], ['has space'], ['tab\t'], ['é'], [['a', 'b']]])('rejects %j', (raw) => {
    expect(validateIdempotencyKey(raw)).toMatchObject({ ok: false });
  });
});
