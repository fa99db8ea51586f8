import { Controller, Get, Module } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Public } from '../auth';
import { createServiceApp } from '../bootstrap/bootstrap-service';
import { BaseServiceConfig } from '../config/base-service.config';
import { PlatformModule } from '../platform.module';

@Controller()
class PingController {
  @Public()
  @Get('ping')
  ping(): { ok: true } {
    return { ok: true };
  }
}

const LIMIT = 3;

/** A real app (platform pipeline, global ThrottlerGuard, FerretDB) with RATE_LIMIT_PER_MINUTE=3. */
async function startApp(trustProxy: string | undefined): Promise<{ app: NestExpressApplication; base: string }> {
  @Module({
    imports: [
      PlatformModule.forRoot({
        serviceName: 'platform-trust-proxy-int',
        configClass: BaseServiceConfig,
        env: {
          MONGODB_URI: process.env.MONGODB_URI,
          MONGODB_DB: `platform_proxy_int_${randomUUID().slice(0, 8)}`,
          JWT_SECRET: 'integration-test-secret-of-at-least-32-chars',
          LOG_LEVEL: 'silent',
          RATE_LIMIT_PER_MINUTE: String(LIMIT),
          ...(trustProxy === undefined ? {} : { TRUST_PROXY: trustProxy }),
        },
      }),
    ],
    controllers: [PingController],
  })
  class ProbeModule {}
  const app = await createServiceApp(ProbeModule, { serviceName: 'platform-trust-proxy-int' });
  await app.listen(0, '127.0.0.1');
  return { app, base: `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}` };
}

async function statuses(base: string, forwardedFor: string, count: number): Promise<number[]> {
  const result: number[] = [];
  for (let i = 0; i < count; i++) result.push((await fetch(`${base}/ping`, { headers: { 'x-forwarded-for': forwardedFor } })).status);
  return result;
}

describe('TRUST_PROXY: the rate limit sees the client behind a proxy, and only then (real app, FerretDB)', () => {
  const apps: NestExpressApplication[] = [];

  afterAll(async () => {
    for (const app of apps) await app.close();
  });

  it('with TRUST_PROXY=1 (one proxy in front), two clients with different X-Forwarded-For are limited separately', async () => {
    const { app, base } = await startApp('1');
    apps.push(app);
    expect(await statuses(base, '198.51.100.1', LIMIT + 1)).toEqual([200, 200, 200, 429]);
    expect(await statuses(base, '198.51.100.2', LIMIT + 1)).toEqual([200, 200, 200, 429]);
    // A client forging an address in front of the real one does not escape: only the proxy's hop counts.
    expect(await statuses(base, '203.0.113.99, 198.51.100.1', 1)).toEqual([429]);
  });

  it('with TRUST_PROXY=loopback (the proxies by address), the same', async () => {
    const { app, base } = await startApp('loopback');
    apps.push(app);
    expect(await statuses(base, '198.51.100.3', LIMIT + 1)).toEqual([200, 200, 200, 429]);
    expect(await statuses(base, '198.51.100.4', 1)).toEqual([200]);
  });

  it('without it (the default), X-Forwarded-For is ignored: changing it does not get a client past the limit', async () => {
    const { app, base } = await startApp(undefined);
    apps.push(app);
    expect(await statuses(base, '198.51.100.1', LIMIT + 1)).toEqual([200, 200, 200, 429]);
    expect(await statuses(base, '198.51.100.2', 1)).toEqual([429]);
    expect(await statuses(base, '203.0.113.7', 1)).toEqual([429]);
  });
});
