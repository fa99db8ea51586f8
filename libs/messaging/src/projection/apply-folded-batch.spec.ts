import type { GuardedCollection } from './apply-guarded-write';
import { applyFoldedBatch } from './apply-folded-batch';
import type { ProjectionWrite } from './projection-write';

function write(id: string, sequence: number, set: Record<string, unknown>): ProjectionWrite {
  return { id, sequence, eventId: `${id}-${sequence}`, eventType: 't', eventTime: '2026-12-05T00:00:00.000Z', set, unset: [], upsert: sequence === 1 };
}

/** Records what reaches the database; every insert and update succeeds. */
function recordingCollection(): { collection: GuardedCollection; inserted: unknown[] } {
  const inserted: unknown[] = [];
  const collection = {
    insertMany: jest.fn(async (documents: unknown[]) => {
      inserted.push(...documents);
      return { insertedCount: documents.length };
    }),
    updateOne: jest.fn(async () => ({ matchedCount: 1, upsertedCount: 0 })),
  };
  return { collection: collection as unknown as GuardedCollection, inserted };
}

describe('applyFoldedBatch', () => {
  it('hands back, exactly as inserted, the documents the batch wrote whole — not those it updated after inserting or only updated', async () => {
    const { collection, inserted } = recordingCollection();

    const applied = await applyFoldedBatch(collection, [
      write('a', 1, { name: 'A' }),
      write('a', 2, { name: 'A2' }),
      write('b', 1, { label: 'plain' }),
      // Below a path b's first event set to a non-object: not foldable, so a second write follows
      // the insert and only a read knows b's result.
      write('b', 2, { 'label.detail': 'x' }),
      write('c', 3, { name: 'C3' }),
    ]);

    expect(applied).toBeDefined();
    expect([...(applied?.written.keys() ?? [])]).toEqual(['a']);
    expect(applied?.written.get('a')).toEqual(inserted.find((document) => (document as { _id: string })._id === 'a'));
    // a's two events folded into the one inserted document.
    expect(applied?.written.get('a')).toMatchObject({ _id: 'a', name: 'A2', lastSequence: 2, appliedEvents: 2 });
  });

  it('hands back nothing when the batch cannot be applied as a whole (the caller replays it one by one)', async () => {
    const collection = {
      insertMany: jest.fn(async () => ({ insertedCount: 0 })),
      updateOne: jest.fn(async () => ({ matchedCount: 1, upsertedCount: 0 })),
    } as unknown as GuardedCollection;

    await expect(applyFoldedBatch(collection, [write('a', 1, { name: 'A' })])).resolves.toBeUndefined();
  });
});
