import { ConflictException, Logger } from '@nestjs/common';
import type { Connection } from 'mongoose';
import { resolveIdempotencyOptions } from './idempotency-options';
import { IdempotencyRecord } from './idempotency-record';
import { IdempotencyService } from './idempotency.service';
import { IdempotencyStore } from './idempotency.store';

/** In-memory stand-in honouring the store's conditional-write contract. */
class MemoryStore {
  readonly records = new Map<string, IdempotencyRecord>();
  failComplete = false;

  async tryInsert(record: IdempotencyRecord): Promise<boolean> {
    if (this.records.has(record._id)) return false;
    this.records.set(record._id, { ...record });
    return true;
  }
  async find(id: string): Promise<IdempotencyRecord | null> {
    return this.records.get(id) ?? null;
  }
  async complete(id: string, lockToken: string, status: number, body: string | null, now: Date): Promise<boolean> {
    if (this.failComplete) throw new Error('db down');
    const r = this.records.get(id);
    if (r?.lockToken !== lockToken || r.state !== 'in-progress') return false;
    this.records.set(id, { ...r, state: 'completed', responseStatus: status, responseBody: body, completedAt: now });
    return true;
  }
  async release(id: string, lockToken: string): Promise<void> {
    if (this.records.get(id)?.lockToken === lockToken) this.records.delete(id);
  }
  async takeOver(stale: string, record: IdempotencyRecord): Promise<boolean> {
    if (this.records.get(record._id)?.lockToken !== stale) return false;
    this.records.set(record._id, { ...record });
    return true;
  }
  async deleteIfExpired(id: string, now: Date): Promise<void> {
    const r = this.records.get(id);
    if (r && r.expiresAt <= now) this.records.delete(id);
  }
}

function setup() {
  const store = new MemoryStore();
  const options = resolveIdempotencyOptions({ connection: {} as Connection });
  const service = new IdempotencyService(store as unknown as IdempotencyStore, options);
  return { store, service };
}

describe('IdempotencyService', () => {
  // The warnings about takeovers and failed writes are expected here.
  beforeAll(() => Logger.overrideLogger(false));
  it('proceeds, then replays the recorded response', async () => {
    const { service } = setup();
    const first = await service.begin('id', 'h');
    expect(first.kind).toBe('proceed');
    if (first.kind !== 'proceed') return;
    await service.complete('id', first.lockToken, 201, { id: 'o-1' });
    await expect(service.begin('id', 'h')).resolves.toEqual({ kind: 'replay', status: 201, body: { id: 'o-1' } });
  });

  it('reports in-progress and mismatch', async () => {
    const { service } = setup();
    await service.begin('id', 'h');
    await expect(service.begin('id', 'h')).resolves.toEqual({ kind: 'in-progress' });
    await expect(service.begin('id', 'other')).resolves.toEqual({ kind: 'mismatch' });
  });

  it('frees the key when released after a failure', async () => {
    const { service } = setup();
    const first = await service.begin('id', 'h');
    if (first.kind !== 'proceed') throw new Error('expected proceed');
    await service.release('id', first.lockToken);
    await expect(service.begin('id', 'h')).resolves.toMatchObject({ kind: 'proceed' });
  });

  it('takes over a stale in-progress record; the old attempt can no longer complete', async () => {
    const { store, service } = setup();
    const first = await service.begin('id', 'h');
    if (first.kind !== 'proceed') throw new Error('expected proceed');
    const stale = store.records.get('id') as IdempotencyRecord;
    store.records.set('id', { ...stale, createdAt: new Date(Date.now() - 10 * 60_000) });
    const second = await service.begin('id', 'h');
    expect(second.kind).toBe('proceed');
    await service.complete('id', first.lockToken, 201, { from: 'first' });
    expect(store.records.get('id')?.state).toBe('in-progress');
  });

  it('replaces an expired record', async () => {
    const { store, service } = setup();
    await store.tryInsert({
      _id: 'id',
      requestHash: 'old',
      state: 'completed',
      lockToken: 'l',
      responseStatus: 201,
      createdAt: new Date(0),
      expiresAt: new Date(1),
    });
    await expect(service.begin('id', 'new')).resolves.toMatchObject({ kind: 'proceed' });
  });

  it('gives up with 409 when the record keeps changing under it', async () => {
    const { store, service } = setup();
    store.tryInsert = async () => false;
    await expect(service.begin('id', 'h')).rejects.toBeInstanceOf(ConflictException);
  });

  it('swallows a failure to record the response', async () => {
    const { store, service } = setup();
    store.failComplete = true;
    await expect(service.complete('id', 'l', 201, {})).resolves.toBeUndefined();
  });
});
