import { decide } from './idempotency-decision';
import { IdempotencyRecord } from './idempotency-record';

const now = new Date('2026-11-20T12:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
const record = (overrides: Partial<IdempotencyRecord> = {}): IdempotencyRecord => ({
  _id: 'id',
  requestHash: 'h1',
  state: 'completed',
  lockToken: 'lock-1',
  responseStatus: 201,
  responseBody: '{"id":"o-1"}',
  createdAt: minutesAgo(1),
  expiresAt: new Date(now.getTime() + 60_000),
  ...overrides,
});
const timeout = 2 * 60_000;

describe('decide', () => {
  it('absent when the record vanished', () => {
    expect(decide(null, 'h1', now, timeout)).toEqual({ kind: 'absent' });
  });

  it('replays a completed record with the same request', () => {
    expect(decide(record(), 'h1', now, timeout)).toEqual({ kind: 'replay', status: 201, body: '{"id":"o-1"}' });
  });

  it('replays an empty body as null', () => {
    expect(decide(record({ responseStatus: 204, responseBody: null }), 'h1', now, timeout)).toEqual({
      kind: 'replay',
      status: 204,
      body: null,
    });
  });

  it('reports a mismatch for another request, completed or not', () => {
    expect(decide(record(), 'h2', now, timeout)).toEqual({ kind: 'mismatch' });
    expect(decide(record({ state: 'in-progress' }), 'h2', now, timeout)).toEqual({ kind: 'mismatch' });
  });

  it('reports in-progress while the first attempt may still be running', () => {
    expect(decide(record({ state: 'in-progress', createdAt: minutesAgo(1) }), 'h1', now, timeout)).toEqual({
      kind: 'in-progress',
    });
  });

  it('reports a stale in-progress record for takeover', () => {
    expect(decide(record({ state: 'in-progress', createdAt: minutesAgo(3) }), 'h1', now, timeout)).toEqual({
      kind: 'stale',
      lockToken: 'lock-1',
    });
  });

  it('treats an expired record as expired whatever it holds', () => {
    expect(decide(record({ expiresAt: now }), 'h2', now, timeout)).toEqual({ kind: 'expired' });
  });
});
