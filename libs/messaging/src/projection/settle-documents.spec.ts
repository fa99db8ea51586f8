import { settleDocuments } from './settle-documents';

function deferredSettle(): { settle: (id: string) => Promise<void>; started: string[]; release: () => void; maxInFlight: () => number } {
  const started: string[] = [];
  const waiting: (() => void)[] = [];
  let inFlight = 0;
  let max = 0;
  return {
    started,
    settle: (id) => {
      started.push(id);
      inFlight += 1;
      max = Math.max(max, inFlight);
      return new Promise<void>((resolve) => waiting.push(() => { inFlight -= 1; resolve(); }));
    },
    release: () => waiting.splice(0).forEach((resolve) => resolve()),
    maxInFlight: () => max,
  };
}

describe('settleDocuments', () => {
  it('settles each document once, several at a time but never more than the bound', async () => {
    const probe = deferredSettle();
    const done = settleDocuments(['a', 'b', 'a', 'c', 'd', 'e'], probe.settle, 2);
    for (let round = 0; round < 5; round += 1) {
      await new Promise((resolve) => setImmediate(resolve));
      probe.release();
    }
    await done;
    expect(probe.started.sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(probe.maxInFlight()).toBe(2);
  });

  it('does not wait for one document before starting the next (the catch-up stalled on sequential listeners)', async () => {
    const probe = deferredSettle();
    const done = settleDocuments(['a', 'b', 'c'], probe.settle, 16);
    await new Promise((resolve) => setImmediate(resolve));
    expect(probe.started).toEqual(['a', 'b', 'c']);
    probe.release();
    await done;
  });

  it('fails with the listener error only once every started call has finished, and starts no more', async () => {
    let finished = 0;
    const settle = async (id: string): Promise<void> => {
      await new Promise((resolve) => setTimeout(resolve, id === 'a' ? 1 : 20));
      finished += 1;
      if (id === 'a') throw new Error('index update failed');
    };
    await expect(settleDocuments(['a', 'b', 'c', 'd'], settle, 2)).rejects.toThrow('index update failed');
    expect(finished).toBe(2);
  });
});
