import type { TextItemPostings } from '../indexing/text-item-postings';
import type { TextItem } from '../matching-profile';
import { MATCHING_WEIGHTS as W } from '../matching-weights';
import { dice } from '../text/term-similarity';

/** Which side's offers answer which side's needs, relative to the organisation ranked for. */
export const SOURCE_OFFERS = 0;
export const SOURCE_NEEDS = 1;
export type PairDirection = typeof SOURCE_OFFERS | typeof SOURCE_NEEDS;

const KEPT = W.maxPairsPerDirection;

/**
 * The offer/need part of every candidate's score against one source organisation, term at a time.
 *
 * For each text of the source, the item postings give every offer (or need) sharing a term with it;
 * counting the hits per item gives the number of shared terms, hence the exact Dice similarity, for
 * every pair that has one, without comparing a single pair of texts. Per candidate it keeps, in each
 * direction, the best similarity of each need (at least the threshold), and of those the strongest
 * `maxPairsPerDirection`: exactly the pairs `bestOfferNeedPairs` selects, summed in the same
 * (descending) order, so scores are bit-identical to the explainer's.
 */
export class OfferNeedAccumulator {
  /** Per item: terms shared with the text being processed. */
  private sharedTerms: Uint16Array = new Uint16Array(0);
  private readonly touchedItems: number[] = [];
  /** Per need item of a candidate: its best similarity with one of the source's offers. */
  private itemBest: Float64Array = new Float64Array(0);
  private readonly itemsWithBest: number[] = [];
  /** Per slot: the best similarity of a candidate offer with the source need being processed. */
  private needBest: Float64Array = new Float64Array(0);
  private readonly slotsWithNeedBest: number[] = [];
  /** Per slot and direction: the kept similarities, descending, and how many. */
  private kept: Float64Array = new Float64Array(0);
  private keptCounts: Uint8Array = new Uint8Array(0);
  private readonly slotsWithPairs: number[] = [];

  ensureCapacity(slotCapacity: number, itemCapacity: number): void {
    if (itemCapacity > this.sharedTerms.length) {
      const size = Math.max(itemCapacity, this.sharedTerms.length * 2, 1024);
      this.sharedTerms = new Uint16Array(size);
      this.itemBest = new Float64Array(size);
    }
    if (slotCapacity > this.needBest.length) {
      const size = Math.max(slotCapacity, this.needBest.length * 2, 1024);
      this.needBest = new Float64Array(size);
      this.kept = new Float64Array(size * 2 * KEPT);
      this.keptCounts = new Uint8Array(size * 2);
    }
  }

  /** Slots with at least one pair, in either direction. */
  get slots(): readonly number[] {
    return this.slotsWithPairs;
  }

  /** Candidates' offers answering the source's needs. */
  collectOffersAnswering(needs: readonly TextItem[], offers: TextItemPostings): void {
    for (const need of needs) {
      this.countSharedTerms(need, offers);
      for (const item of this.touchedItems) {
        const similarity = dice(this.sharedTerms[item], offers.termCountOf(item) + need.terms.length);
        this.sharedTerms[item] = 0;
        if (similarity < W.minOfferNeedSimilarity) continue;
        const slot = offers.ownerOf(item);
        if (this.needBest[slot] === 0) this.slotsWithNeedBest.push(slot);
        if (similarity > this.needBest[slot]) this.needBest[slot] = similarity;
      }
      this.touchedItems.length = 0;
      for (const slot of this.slotsWithNeedBest) {
        this.keep(slot, SOURCE_NEEDS, this.needBest[slot]);
        this.needBest[slot] = 0;
      }
      this.slotsWithNeedBest.length = 0;
    }
  }

  /** The source's offers answering candidates' needs. */
  collectNeedsAnsweredBy(offers: readonly TextItem[], needs: TextItemPostings): void {
    for (const offer of offers) {
      this.countSharedTerms(offer, needs);
      for (const item of this.touchedItems) {
        const similarity = dice(this.sharedTerms[item], offer.terms.length + needs.termCountOf(item));
        this.sharedTerms[item] = 0;
        if (similarity < W.minOfferNeedSimilarity) continue;
        if (this.itemBest[item] === 0) this.itemsWithBest.push(item);
        if (similarity > this.itemBest[item]) this.itemBest[item] = similarity;
      }
      this.touchedItems.length = 0;
    }
    for (const item of this.itemsWithBest) {
      this.keep(needs.ownerOf(item), SOURCE_OFFERS, this.itemBest[item]);
      this.itemBest[item] = 0;
    }
    this.itemsWithBest.length = 0;
  }

  /** What a slot's kept pairs in one direction add, as `offerNeedScore` sums them. */
  score(slot: number, direction: PairDirection): number {
    const at = (slot * 2 + direction) * KEPT;
    let score = 0;
    for (let index = 0; index < this.keptCounts[slot * 2 + direction]; index += 1) score += W.offerNeedPair * this.kept[at + index];
    return score;
  }

  reset(): void {
    for (const slot of this.slotsWithPairs) {
      this.keptCounts[slot * 2] = 0;
      this.keptCounts[slot * 2 + 1] = 0;
    }
    this.slotsWithPairs.length = 0;
  }

  private countSharedTerms(text: TextItem, postings: TextItemPostings): void {
    for (const term of text.terms) {
      for (const item of postings.itemsWithTerm(term)) {
        if (this.sharedTerms[item] === 0) this.touchedItems.push(item);
        this.sharedTerms[item] += 1;
      }
    }
  }

  /** Inserts a similarity into the slot's descending list for the direction, keeping the best KEPT. */
  private keep(slot: number, direction: PairDirection, similarity: number): void {
    if (this.keptCounts[slot * 2] === 0 && this.keptCounts[slot * 2 + 1] === 0) this.slotsWithPairs.push(slot);
    const at = (slot * 2 + direction) * KEPT;
    const count = this.keptCounts[slot * 2 + direction];
    let index = count < KEPT ? count : KEPT - 1;
    if (count === KEPT && similarity <= this.kept[at + index]) return;
    while (index > 0 && this.kept[at + index - 1] < similarity) {
      this.kept[at + index] = this.kept[at + index - 1];
      index -= 1;
    }
    this.kept[at + index] = similarity;
    if (count < KEPT) this.keptCounts[slot * 2 + direction] = count + 1;
  }
}
