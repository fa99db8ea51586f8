const TOUCHED = 1;
const SHARES_TEXT = 2;
const SHARES_COUNTRY = 4;

/**
 * Per-slot counters of one ranking: how many sectors and technologies each candidate shares with
 * the subject, and whether it shares an offer/need term or a named country. Typed arrays indexed by
 * slot, plus the list of touched slots, so a ranking costs the postings it reads rather than the
 * size of the index, and resetting clears only what was touched.
 */
export class CandidateHits {
  private sectorCounts: Uint8Array = new Uint8Array(0);
  private technologyCounts: Uint8Array = new Uint8Array(0);
  private flags: Uint8Array = new Uint8Array(0);
  private readonly touchedSlots: number[] = [];

  /** Makes room for slots below `capacity`; called before each ranking (the index may have grown). */
  ensureCapacity(capacity: number): void {
    if (capacity <= this.flags.length) return;
    const size = Math.max(capacity, this.flags.length * 2, 1024);
    this.sectorCounts = grown(this.sectorCounts, size);
    this.technologyCounts = grown(this.technologyCounts, size);
    this.flags = grown(this.flags, size);
  }

  get touched(): readonly number[] {
    return this.touchedSlots;
  }

  hitSector(slot: number): void {
    this.touch(slot);
    this.sectorCounts[slot] += 1;
  }

  hitTechnology(slot: number): void {
    this.touch(slot);
    this.technologyCounts[slot] += 1;
  }

  hitText(slot: number): void {
    this.touch(slot);
    this.flags[slot] |= SHARES_TEXT;
  }

  hitCountry(slot: number): void {
    this.touch(slot);
    this.flags[slot] |= SHARES_COUNTRY;
  }

  sectors(slot: number): number {
    return this.sectorCounts[slot];
  }

  technologies(slot: number): number {
    return this.technologyCounts[slot];
  }

  sharesText(slot: number): boolean {
    return (this.flags[slot] & SHARES_TEXT) !== 0;
  }

  sharesCountry(slot: number): boolean {
    return (this.flags[slot] & SHARES_COUNTRY) !== 0;
  }

  reset(): void {
    for (const slot of this.touchedSlots) {
      this.sectorCounts[slot] = 0;
      this.technologyCounts[slot] = 0;
      this.flags[slot] = 0;
    }
    this.touchedSlots.length = 0;
  }

  private touch(slot: number): void {
    if (this.flags[slot] === 0) this.touchedSlots.push(slot);
    this.flags[slot] |= TOUCHED;
  }
}

function grown(array: Uint8Array, size: number): Uint8Array {
  const larger = new Uint8Array(size);
  larger.set(array);
  return larger;
}
