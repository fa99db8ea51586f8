/** An inverted index: for each term, the slots of the items that have it. */
export class TermPostings {
  private readonly postings = new Map<string, Set<number>>();

  get termCount(): number {
    return this.postings.size;
  }

  add(slot: number, terms: Iterable<string>): void {
    for (const term of terms) {
      let slots = this.postings.get(term);
      if (slots === undefined) {
        slots = new Set();
        this.postings.set(term, slots);
      }
      slots.add(slot);
    }
  }

  /** Removes the slot from these terms; a term left with no slot is dropped, so memory follows the data. */
  remove(slot: number, terms: Iterable<string>): void {
    for (const term of terms) {
      const slots = this.postings.get(term);
      if (slots === undefined) continue;
      slots.delete(slot);
      if (slots.size === 0) this.postings.delete(term);
    }
  }

  slotsOf(term: string): ReadonlySet<number> {
    return this.postings.get(term) ?? NO_SLOTS;
  }
}

const NO_SLOTS: ReadonlySet<number> = new Set();
