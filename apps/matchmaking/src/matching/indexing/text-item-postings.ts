import type { TextItem } from '../matching-profile';

/**
 * An inverted index of offers (or needs) one by one rather than by organisation: term -> items,
 * each item knowing its organisation's slot and how many terms it has. A ranking can then count,
 * for every item sharing a term with a given text, how many terms they share, which with the two
 * term counts gives their exact similarity without reading a profile (see
 * ranking/offer-need-accumulator.ts). Item ids are small integers, reused after removal.
 */
export class TextItemPostings {
  private readonly postings = new Map<string, Set<number>>();
  private readonly itemsBySlot = new Map<number, number[]>();
  private readonly freeItems: number[] = [];
  private owners: Int32Array = new Int32Array(1024);
  private termCounts: Uint16Array = new Uint16Array(1024);
  private nextItem = 0;

  /** One more than the highest item id in use: the length per-item counters need. */
  get capacity(): number {
    return this.nextItem;
  }

  add(slot: number, items: readonly TextItem[]): void {
    const ids: number[] = [];
    for (const item of items) {
      const id = this.allocate();
      this.owners[id] = slot;
      this.termCounts[id] = item.terms.length;
      for (const term of item.terms) {
        let withTerm = this.postings.get(term);
        if (withTerm === undefined) {
          withTerm = new Set();
          this.postings.set(term, withTerm);
        }
        withTerm.add(id);
      }
      ids.push(id);
    }
    if (ids.length > 0) this.itemsBySlot.set(slot, ids);
  }

  /** Removes the items of a slot; `items` are the same texts it was added with. */
  remove(slot: number, items: readonly TextItem[]): void {
    const ids = this.itemsBySlot.get(slot) ?? [];
    ids.forEach((id, index) => {
      for (const term of items[index]?.terms ?? []) {
        const withTerm = this.postings.get(term);
        if (withTerm === undefined) continue;
        withTerm.delete(id);
        if (withTerm.size === 0) this.postings.delete(term);
      }
      this.freeItems.push(id);
    });
    this.itemsBySlot.delete(slot);
  }

  itemsWithTerm(term: string): ReadonlySet<number> {
    return this.postings.get(term) ?? NO_ITEMS;
  }

  ownerOf(item: number): number {
    return this.owners[item];
  }

  termCountOf(item: number): number {
    return this.termCounts[item];
  }

  private allocate(): number {
    const reused = this.freeItems.pop();
    if (reused !== undefined) return reused;
    const id = this.nextItem;
    this.nextItem += 1;
    if (id >= this.owners.length) {
      const owners = new Int32Array(this.owners.length * 2);
      owners.set(this.owners);
      this.owners = owners;
      const termCounts = new Uint16Array(this.termCounts.length * 2);
      termCounts.set(this.termCounts);
      this.termCounts = termCounts;
    }
    return id;
  }
}

const NO_ITEMS: ReadonlySet<number> = new Set();
