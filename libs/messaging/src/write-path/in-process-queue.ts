/**
 * Runs async work one at a time per key inside one process, in call order.
 *
 * Not a correctness mechanism (ADR 12: the unique commit claim is, across any number of replicas):
 * it spares the store work that could only lose. Thirty concurrent commands on one aggregate in one
 * replica would otherwise all decide on the same version and all but one lose, round after round;
 * queued, they lose only to other replicas.
 */
export class InProcessQueue {
  private readonly tails = new Map<string, Promise<void>>();

  async run<R>(key: string, work: () => Promise<R>): Promise<R> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const current = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => current);
    this.tails.set(key, tail);
    await previous;
    try {
      return await work();
    } finally {
      release();
      // Forget the key once nobody queued behind, so the map does not grow with every aggregate.
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}
