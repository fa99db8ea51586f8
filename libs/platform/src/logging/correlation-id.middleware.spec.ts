import type { PlatformRequest, PlatformResponse } from '../http/http-types';
import { correlationIdMiddleware, resolveCorrelationId } from './correlation-id.middleware';
import { RequestContext } from './request-context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('resolveCorrelationId', () => {
  it('keeps an acceptable caller id', () => {
    expect(resolveCorrelationId('req-42:abc')).toBe('req-42:abc');
    expect(resolveCorrelationId(['first', 'second'])).toBe('first');
  });

  it('generates a uuid when the header is missing or unacceptable', () => {
    expect(resolveCorrelationId(undefined)).toMatch(UUID);
    expect(resolveCorrelationId('has spaces\nand newline')).toMatch(UUID);
    expect(resolveCorrelationId('x'.repeat(129))).toMatch(UUID);
  });
});

describe('correlationIdMiddleware', () => {
  it('runs the rest of the request in a RequestContext and echoes the id', () => {
    const headers: Record<string, string> = {};
    const req = { headers: { 'x-correlation-id': 'abc-1' } } as unknown as PlatformRequest;
    const res = { setHeader: (name: string, value: string) => (headers[name] = value) } as unknown as PlatformResponse;
    let seen: string | undefined;

    correlationIdMiddleware(req, res, () => (seen = RequestContext.correlationId()));

    expect(seen).toBe('abc-1');
    expect(req.correlationId).toBe('abc-1');
    expect(headers['x-correlation-id']).toBe('abc-1');
  });
});
