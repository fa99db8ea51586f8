import {
  BadRequestException,
  CallHandler,
  ConflictException,
  ExecutionContext,
  UnprocessableEntityException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { lastValueFrom, of } from 'rxjs';
import { Principal } from '../auth/principal';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { BeginResult, IdempotencyService } from './idempotency.service';
import { Idempotent } from './idempotent.decorator';

class SampleController {
  @Idempotent()
  create(): void {}

  plain(): void {}
}

const alice: Principal = { kind: 'user', subject: 'alice', role: 'cluster-manager', clusterId: 'clean' };

function run(begin: BeginResult, options: { handler?: keyof SampleController; key?: string; principal?: Principal } = {}) {
  const calls: string[] = [];
  const service = {
    begin: async () => begin,
    complete: async (_id: string, _lock: string, status: number) => void calls.push(`complete:${status}`),
    release: async () => void calls.push('release'),
  } as unknown as IdempotencyService;
  const headers: Record<string, string> = {};
  const response = { statusCode: 201, status: (code: number) => (response.statusCode = code), setHeader: (n: string, v: string) => (headers[n] = v) };
  const request = {
    method: 'POST',
    originalUrl: '/things',
    route: { path: '/things' },
    headers: options.key === undefined ? {} : { 'idempotency-key': options.key },
    body: { a: 1 },
    principal: 'principal' in options ? options.principal : alice,
  };
  const context = {
    getType: () => 'http',
    getHandler: () => SampleController.prototype[options.handler ?? 'create'],
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }),
  } as unknown as ExecutionContext;
  const next: CallHandler = { handle: () => (calls.push('handler'), of({ id: 1 })) };
  const interceptor = new IdempotencyInterceptor(new Reflector(), service);
  return { result: () => lastValueFrom(interceptor.intercept(context, next)), calls, headers, response };
}

describe('IdempotencyInterceptor', () => {
  const proceed: BeginResult = { kind: 'proceed', lockToken: 'l' };

  it('passes through handlers without @Idempotent() and requests without a key', async () => {
    for (const setup of [run(proceed, { handler: 'plain', key: 'k' }), run(proceed)]) {
      await expect(setup.result()).resolves.toEqual({ id: 1 });
      expect(setup.calls).toEqual(['handler']);
    }
  });

  it('records the response of a first request', async () => {
    const setup = run(proceed, { key: 'k' });
    await expect(setup.result()).resolves.toEqual({ id: 1 });
    expect(setup.calls).toEqual(['handler', 'complete:201']);
  });

  it('replays without calling the handler', async () => {
    const setup = run({ kind: 'replay', status: 200, body: { id: 7 } }, { key: 'k' });
    await expect(setup.result()).resolves.toEqual({ id: 7 });
    expect(setup.calls).toEqual([]);
    expect(setup.response.statusCode).toBe(200);
    expect(setup.headers['Idempotent-Replayed']).toBe('true');
  });

  it.each([
    [{ kind: 'mismatch' } as BeginResult, UnprocessableEntityException],
    [{ kind: 'in-progress' } as BeginResult, ConflictException],
  ])('maps %j to an HTTP error', async (begin, errorClass) => {
    await expect(run(begin, { key: 'k' }).result()).rejects.toBeInstanceOf(errorClass);
  });

  it('400s an invalid key and a key on an anonymous request', () => {
    expect(() => run(proceed, { key: '' }).result()).toThrow(BadRequestException);
    expect(() => run(proceed, { key: 'k', principal: undefined }).result()).toThrow(BadRequestException);
  });
});
