import { mongooseOutboxStore, type OutboxModel, type OutboxStore } from '@icn/messaging';
import type { AggregateLock } from './aggregate-lock';

/** The lock key of one aggregate document, shared by the writer and the relay. */
export function aggregateLockKey(collection: string, id: unknown): string {
  return `${collection}:${String(id)}`;
}

/**
 * The messaging library's store for a model, except that removing published entries takes the
 * aggregate's lock, so it cannot interleave with (and on FerretDB, undo) a command's write.
 */
export function lockedOutboxStore(model: OutboxModel, lock: AggregateLock): OutboxStore {
  const store = mongooseOutboxStore(model);
  return {
    name: store.name,
    findPending: (limit) => store.findPending(limit),
    findPendingById: (id) => store.findPendingById?.(id) ?? Promise.resolve(undefined),
    countPending: () => store.countPending(),
    removePublished: (id, entries) => lock.run(aggregateLockKey(store.name, id), () => store.removePublished(id, entries)),
  };
}
