import { foldWrites } from './fold-writes';
import type { ProjectionWrite } from './projection-write';
import { toNewDocument } from './sequence-guard';

function write(id: string, sequence: number, set: Record<string, unknown>, unset: string[] = [], upsert = false): ProjectionWrite {
  return { id, sequence, eventId: `e${sequence}`, eventType: 't', eventTime: `2025-01-0${sequence}T00:00:00.000Z`, set, unset, upsert };
}

describe('foldWrites', () => {
  it('folds a snapshot and its deltas into one write that counts every event and keeps the last bookkeeping', () => {
    const [chain] = foldWrites([
      write('o1', 1, { name: 'a', contacts: { c1: { n: 1 } } }, ['suspension'], true),
      write('o1', 2, { 'contacts.c2': { n: 2 } }),
      write('o1', 3, {}, ['contacts.c1']),
      write('o1', 4, { status: 'suspended', suspension: { reason: 'x' } }),
    ]);

    expect(chain).toHaveLength(1);
    expect(chain?.[0]).toMatchObject({ firstSequence: 1, upsert: true, count: 4, last: { sequence: 4, eventId: 'e4' } });
    expect(chain?.[0]?.set).toEqual({ name: 'a', contacts: { c2: { n: 2 } }, status: 'suspended', suspension: { reason: 'x' } });
    expect(chain?.[0]?.unset).toEqual([]);
    const created = chain?.[0] === undefined ? undefined : toNewDocument(chain[0]);
    expect(created).toMatchObject({ _id: 'o1', appliedEvents: 4, lastSequence: 4, contacts: { c2: { n: 2 } } });
  });

  it('starts a new fold where sequences do not increase (a replay the guard must judge alone)', () => {
    const [chain] = foldWrites([write('o1', 3, { a: 1 }), write('o1', 2, { a: 2 }), write('o1', 4, { b: 1 })]);
    expect(chain?.map((fold) => [fold.firstSequence, fold.count])).toEqual([
      [3, 1],
      [2, 2],
    ]);
  });

  it('starts a new fold where a change lies below a path set to something that is not an object', () => {
    const [chain] = foldWrites([write('o1', 1, { tags: ['x'] }), write('o1', 2, { 'tags.0': 'y' })]);
    expect(chain).toHaveLength(2);
  });

  it('keeps documents apart and in the order of their first event', () => {
    const chains = foldWrites([write('b', 1, { n: 1 }), write('a', 1, { n: 1 }), write('b', 2, { n: 2 })]);
    expect(chains.map((chain) => [chain[0]?.id, chain[0]?.count])).toEqual([
      ['b', 2],
      ['a', 1],
    ]);
  });
});
