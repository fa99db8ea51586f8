import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { IsEmail, IsString, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Public } from './auth';
import { createServiceApp } from './bootstrap/bootstrap-service';
import { BaseServiceConfig } from './config/base-service.config';
import { ReadinessRegistry } from './health/readiness-registry';
import { PlatformModule } from './platform.module';

class ContactDto {
  @IsEmail()
  email!: string;
}

class EchoDto {
  @IsString()
  name!: string;

  @ValidateNested({ each: true })
  @Type(() => ContactDto)
  contacts!: ContactDto[];
}

@Controller()
class ProbeController {
  @Public()
  @Post('echo')
  echo(@Body() body: EchoDto): EchoDto {
    return body;
  }

  @Public()
  @Get('boom')
  boom(): never {
    throw new Error('secret internals');
  }

  @Get('items/:id')
  item(): string {
    return 'never without credentials';
  }
}

@Module({
  imports: [
    PlatformModule.forRoot({
      serviceName: 'platform-int',
      configClass: BaseServiceConfig,
      env: {
        MONGODB_URI: process.env.MONGODB_URI,
        MONGODB_DB: `platform_int_${randomUUID().slice(0, 8)}`,
        JWT_SECRET: 'integration-test-secret-of-at-least-32-chars',
        HTTP_BODY_LIMIT: '1kb',
        HTTP_JSON_MAX_DEPTH: '8',
        LOG_LEVEL: 'silent',
      },
    }),
  ],
  controllers: [ProbeController],
})
class ProbeModule {}

describe('PlatformModule + createServiceApp (FerretDB)', () => {
  let app: NestExpressApplication;
  let base: string;

  beforeAll(async () => {
    app = await createServiceApp(ProbeModule, { serviceName: 'platform-int', openApi: { title: 'Probe' } });
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await app.close();
  });

  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

  it('reports liveness and readiness (MongoDB ping)', async () => {
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', info: { mongo: { status: 'up' } } });
  });

  it('echoes or generates the correlation id', async () => {
    const echoed = await fetch(`${base}/health/live`, { headers: { 'x-correlation-id': 'int-corr-1' } });
    expect(echoed.headers.get('x-correlation-id')).toBe('int-corr-1');
    expect((await fetch(`${base}/health/live`)).headers.get('x-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('validates bodies and lists each bad field', async () => {
    const response = await post('/echo', JSON.stringify({ name: 'x', contacts: [{ email: 'bad' }], extra: 1 }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: expect.stringContaining('contacts.0.email: must be an email') as string,
      details: expect.arrayContaining([
        { field: 'contacts.0.email', reason: 'must be an email' },
        { field: 'extra', reason: 'should not exist' },
      ]) as unknown,
    });
  });

  it('answers oversized and malformed bodies in the error shape', async () => {
    const big = await post('/echo', JSON.stringify({ name: 'x'.repeat(2048), contacts: [] }));
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
    const malformed = await post('/echo', '{"name":');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ statusCode: 400, error: 'Bad Request', message: 'Request body is not valid JSON' });
  });

  it('refuses a body nested deeper than HTTP_JSON_MAX_DEPTH before parsing it, naming where', async () => {
    const nested = (depth: number): string => `${'{"contacts":'.repeat(depth - 1)}{}${'}'.repeat(depth - 1)}`;
    const tooDeep = await post('/echo', nested(60));
    expect(tooDeep.status).toBe(400);
    expect(await tooDeep.json()).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Request body nests deeper than 8 levels',
      details: [{ field: Array.from({ length: 8 }, () => 'contacts').join('.'), reason: 'nests deeper than 8 levels' }],
    });
    // At the bound the body is parsed and validated as usual.
    const atBound = await post('/echo', nested(8));
    expect(atBound.status).toBe(400);
    expect(((await atBound.json()) as { message: string }).message).toMatch(/^Validation failed: /);
  });

  it('hides unexpected errors', async () => {
    const response = await fetch(`${base}/boom`);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'Internal server error' });
    expect(text).not.toContain('secret internals');
  });

  it('requires credentials on routes not marked @Public()', async () => {
    const response = await fetch(`${base}/items/1`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
  });

  it('serves Prometheus metrics labelled with route templates', async () => {
    await fetch(`${base}/items/42`);
    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toMatch(/icn_http_request_duration_seconds_count\{[^}]*route="\/items\/:id"[^}]*status="401"/);
    expect(text).toContain('icn_events_consumed_total');
    expect(text).toContain('process_cpu_user_seconds_total');
  });

  it('serves the OpenAPI document with both security schemes', async () => {
    const document = (await (await fetch(`${base}/docs-json`)).json()) as { components: { securitySchemes: object } };
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual(['api-key', 'bearer']);
  });

  it('reports not-ready when a registered check fails', async () => {
    app.get(ReadinessRegistry).register({ name: 'kafka', check: () => Promise.reject(new Error('broker unreachable')) });
    const response = await fetch(`${base}/health/ready`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'error', error: { kafka: { status: 'down', message: 'broker unreachable' } } });
  });
});
