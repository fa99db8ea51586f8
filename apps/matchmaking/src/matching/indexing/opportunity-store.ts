import type { OpportunityProfile } from '../matching-profile';
import { SlotTable } from './slot-table';
import { TermPostings } from './term-postings';

/**
 * Published opportunities and their inverted indexes. A snapshot in another status (closed,
 * cancelled, expired) removes the opportunity: it can no longer be recommended. Passing its deadline
 * is checked at ranking time, since the expiry event may come later.
 */
export class OpportunityStore {
  readonly profiles = new SlotTable<OpportunityProfile>();
  readonly sectors = new TermPostings();
  readonly technologies = new TermPostings();

  upsert(profile: OpportunityProfile): void {
    if (profile.status !== 'published') {
      this.remove(profile.opportunityId);
      return;
    }
    const { slot, previous } = this.profiles.set(profile.opportunityId, profile);
    if (previous !== undefined) {
      this.sectors.remove(slot, previous.sectors);
      this.technologies.remove(slot, previous.technologies);
    }
    this.sectors.add(slot, profile.sectors);
    this.technologies.add(slot, profile.technologies);
  }

  remove(opportunityId: string): boolean {
    const removed = this.profiles.delete(opportunityId);
    if (removed === undefined) return false;
    this.sectors.remove(removed.slot, removed.previous.sectors);
    this.technologies.remove(removed.slot, removed.previous.technologies);
    return true;
  }
}
