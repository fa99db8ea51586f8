/**
 * Items by id, each in a numbered slot. Inverted indexes store slot numbers rather than ids: small
 * integers make compact sets and index typed-array counters directly. Freed slots are reused, so
 * the slot range stays as large as the most items ever held at once.
 */
export class SlotTable<T> {
  private readonly slotById = new Map<string, number>();
  private readonly items: (T | undefined)[] = [];
  private readonly freeSlots: number[] = [];

  get size(): number {
    return this.slotById.size;
  }

  /** One more than the highest slot in use: the length counters indexed by slot need. */
  get capacity(): number {
    return this.items.length;
  }

  slotOf(id: string): number | undefined {
    return this.slotById.get(id);
  }

  get(id: string): T | undefined {
    const slot = this.slotById.get(id);
    return slot === undefined ? undefined : this.items[slot];
  }

  /** The item in a slot; the caller got the slot from this table, so an empty slot is a bug. */
  at(slot: number): T {
    const item = this.items[slot];
    if (item === undefined) throw new Error(`slot ${slot} is empty`);
    return item;
  }

  /** Stores the item under its id (same slot as before if present); returns the slot and the replaced item. */
  set(id: string, item: T): { slot: number; previous: T | undefined } {
    const existing = this.slotById.get(id);
    if (existing !== undefined) {
      const previous = this.items[existing];
      this.items[existing] = item;
      return { slot: existing, previous };
    }
    const slot = this.freeSlots.pop() ?? this.items.length;
    this.slotById.set(id, slot);
    this.items[slot] = item;
    return { slot, previous: undefined };
  }

  delete(id: string): { slot: number; previous: T } | undefined {
    const slot = this.slotById.get(id);
    if (slot === undefined) return undefined;
    const previous = this.at(slot);
    this.slotById.delete(id);
    this.items[slot] = undefined;
    this.freeSlots.push(slot);
    return { slot, previous };
  }

  *values(): IterableIterator<T> {
    for (const item of this.items) if (item !== undefined) yield item;
  }
}
