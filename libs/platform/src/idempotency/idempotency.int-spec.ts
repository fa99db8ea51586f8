/**
 * Idempotency (and the auth guard in front of it) over real HTTP against real FerretDB: a Nest app
 * with one @Idempotent() handler whose side effects are counted.
 */
import { Body, Controller, HttpCode, INestApplication, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import mongoose, { Connection } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { AuthModule } from '../auth/auth.module';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { mintToken } from '../auth/mint-token';
import { Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { IdempotencyCleanup } from './idempotency-cleanup.service';
import { IDEMPOTENCY_COLLECTION } from './idempotency-options';
import { IdempotencyModule } from './idempotency.module';
import { Idempotent } from './idempotent.decorator';

const secret = 'integration-secret-0123456789-0123456789';
const effects: string[] = [];
let gate: Promise<void> = Promise.resolve();

@Controller('things')
class ThingsController {
  @Post()
  @Roles('network-admin', 'cluster-manager')
  @Idempotent()
  async create(@Body() body: { name: string; fail?: boolean }, @CurrentPrincipal() principal: Principal) {
    await gate;
    if (body.fail) throw new Error('handler failed');
    effects.push(body.name);
    return { id: randomUUID(), name: body.name, by: principal.subject };
  }

  @Post('accepted')
  @HttpCode(202)
  @Idempotent()
  accept(): void {
    effects.push('accepted');
  }
}

describe('Idempotency-Key over HTTP (FerretDB)', () => {
  const dbName = `platform-idem-${randomUUID().slice(0, 8)}`;
  let connection: Connection;
  let app: INestApplication;
  let baseUrl: string;
  const token = (sub: string) =>
    mintToken({ sub, role: 'cluster-manager', clusterId: 'clean' }, secret, { issuer: 'icn-test', expiresIn: 300 });

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token('alice')}`, ...headers },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(process.env['MONGODB_URI'] ?? 'mongodb://127.0.0.1:27017', { dbName })
      .asPromise();

    @Module({
      imports: [
        AuthModule.forRoot({ jwtSecret: secret, jwtIssuer: 'icn-test' }),
        IdempotencyModule.forRoot({ connection }),
      ],
      controllers: [ThingsController],
    })
    class TestAppModule {}

    app = await NestFactory.create(TestAppModule, { logger: false });
    await app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await app?.close();
    await connection?.dropDatabase();
    await connection?.close();
  });

  beforeEach(() => {
    effects.length = 0;
    gate = Promise.resolve();
  });

  it('401s without credentials, with a WWW-Authenticate challenge', async () => {
    const response = await fetch(`${baseUrl}/things`, { method: 'POST' });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="icn"');
    expect(await response.json()).toMatchObject({ statusCode: 401 });
  });

  it('replays the first response for the same key and body', async () => {
    const key = randomUUID();
    const first = await post('/things', { name: 'a' }, { 'idempotency-key': key });
    const second = await post('/things', { name: 'a' }, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(await second.json()).toEqual(await first.json());
    expect(effects).toEqual(['a']);
  });

  it('replays a custom status with an empty body', async () => {
    const key = randomUUID();
    await post('/things/accepted', {}, { 'idempotency-key': key });
    const replay = await post('/things/accepted', {}, { 'idempotency-key': key });
    expect(replay.status).toBe(202);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(effects).toEqual(['accepted']);
  });

  it('422s the same key with a different body', async () => {
    const key = randomUUID();
    await post('/things', { name: 'a' }, { 'idempotency-key': key });
    const reused = await post('/things', { name: 'b' }, { 'idempotency-key': key });
    expect(reused.status).toBe(422);
    expect(effects).toEqual(['a']);
  });

  it('409s the same key while the first request is in progress', async () => {
    const key = randomUUID();
    let open!: () => void;
    gate = new Promise((resolve) => (open = resolve));
    const records = connection.collection(IDEMPOTENCY_COLLECTION);
    // Earlier tests left records behind: wait for *this* request's record, i.e. one more than now.
    const before = await records.countDocuments({});
    const first = post('/things', { name: 'slow' }, { 'idempotency-key': key });
    for (let i = 0; i < 250 && (await records.countDocuments({})) === before; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // Never leave the first request parked: if the second one wrongly waited for the gate too,
    // the test must fail on its assertion, not hang the suite (and app.close()) on the open request.
    const safety = setTimeout(open, 10_000);
    const concurrent = await post('/things', { name: 'slow' }, { 'idempotency-key': key });
    clearTimeout(safety);
    open();
    expect(concurrent.status).toBe(409);
    expect((await first).status).toBe(201);
    expect(effects).toEqual(['slow']);
  });

  it('frees the key when the handler throws, so a retry runs', async () => {
    const key = randomUUID();
    const failed = await post('/things', { name: 'x', fail: true }, { 'idempotency-key': key });
    expect(failed.status).toBe(500);
    const retried = await post('/things', { name: 'x' }, { 'idempotency-key': key });
    expect(retried.status).toBe(201);
    expect(retried.headers.get('idempotent-replayed')).toBeNull();
  });

  it('scopes keys per caller', async () => {
    const key = randomUUID();
    await post('/things', { name: 'a' }, { 'idempotency-key': key });
    const other = await post('/things', { name: 'a' }, { 'idempotency-key': key, authorization: `Bearer ${token('carol')}` });
    expect(other.status).toBe(201);
    expect(other.headers.get('idempotent-replayed')).toBeNull();
    expect(effects).toEqual(['a', 'a']);
  });

  it('400s an over-long key and runs normally without one', async () => {
    expect((await post('/things', { name: 'a' }, { 'idempotency-key': 'k'.repeat(201) })).status).toBe(400);
    expect((await post('/things', { name: 'a' })).status).toBe(201);
    expect((await post('/things', { name: 'a' })).status).toBe(201);
    expect(effects).toEqual(['a', 'a']);
  });

  it('cleanup deletes expired records only', async () => {
    await post('/things', { name: 'a' }, { 'idempotency-key': randomUUID() });
    const collection = connection.collection(IDEMPOTENCY_COLLECTION);
    const before = await collection.countDocuments({});
    const cleanup = app.get(IdempotencyCleanup);
    expect(await cleanup.runOnce(new Date())).toBe(0);
    expect(await cleanup.runOnce(new Date(Date.now() + 25 * 60 * 60 * 1000))).toBe(before);
    expect(await collection.countDocuments({})).toBe(0);
  });
});
