import { Injectable } from '@nestjs/common';

/**
 * Serialises the writes to one aggregate document inside this process.
 *
 * Why: FerretDB 1.24 does not apply a single-document update atomically. Measured on our stack,
 * two concurrent `updateOne({_id, version: v}, …)` both report a match in more than half of the
 * attempts, and the relay's `$pullAll` running next to a state write silently reverts that write
 * in ~15% of the attempts (it writes back the document it read before). MongoDB does not have
 * this problem, but our local stack and tests run on FerretDB. Every write to an aggregate — our
 * commands and the relay's removal of published entries — therefore runs under this lock.
 * It covers one process; several replicas on FerretDB would still race (see the service README /
 * report), on MongoDB the version guard alone is enough.
 */
@Injectable()
export class AggregateLock {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const done = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => done);
    this.tails.set(key, tail);
    await previous;
    try {
      return await work();
    } finally {
      release();
      // Forget the key once nobody queued behind us, so the map does not grow with every id ever seen.
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}
