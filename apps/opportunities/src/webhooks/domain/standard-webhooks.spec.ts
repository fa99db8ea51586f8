import { createHmac } from 'node:crypto';
import { sign, signedHeaders, verify } from './standard-webhooks';

// The Standard Webhooks reference example (standard-webhooks/spec).
const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const id = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
const timestamp = 1614265330;
const body = '{"test": 2432232314}';

describe('Standard Webhooks signing', () => {
  it('reproduces the specification example', () => {
    expect(sign(secret, id, timestamp, body)).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('is HMAC-SHA256 over id.timestamp.body with the base64-decoded key', () => {
    const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
    const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64');
    expect(sign(secret, id, timestamp, body)).toBe(`v1,${expected}`);
  });

  it('verifies, and rejects a changed body, another secret or a stale timestamp', () => {
    const headers = signedHeaders(secret, id, timestamp, body);
    expect(verify(secret, headers, body, { nowSeconds: timestamp + 10 })).toBe(true);
    expect(verify(secret, headers, `${body} `, { nowSeconds: timestamp })).toBe(false);
    expect(verify('whsec_' + Buffer.from('other').toString('base64'), headers, body, { nowSeconds: timestamp })).toBe(false);
    expect(verify(secret, headers, body, { nowSeconds: timestamp + 301 })).toBe(false);
  });

  it('accepts any of several signatures (secret rotation)', () => {
    const headers = { ...signedHeaders(secret, id, timestamp, body) };
    headers['webhook-signature'] = `v1,bm90LWl0 ${headers['webhook-signature']}`;
    expect(verify(secret, headers, body, { nowSeconds: timestamp })).toBe(true);
  });
});
