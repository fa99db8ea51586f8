import { isMatchable } from '../eligibility';
import type { OrganisationProfile } from '../matching-profile';
import { SlotAttributes } from './slot-attributes';
import { SlotTable } from './slot-table';
import { TermPostings } from './term-postings';
import { TextItemPostings } from './text-item-postings';

/**
 * Organisation profiles and their inverted indexes. Only active organisations are in the indexes:
 * the others can never be ranked, so rankings do not even read them; their profiles are kept so a
 * reinstatement (a new snapshot) finds them in place.
 */
export class OrganisationStore {
  readonly profiles = new SlotTable<OrganisationProfile>();
  /** Country, cluster and helix type by slot, for the opportunity target filters. */
  readonly attributes = new SlotAttributes();
  readonly sectors = new TermPostings();
  readonly technologies = new TermPostings();
  /** Offers one by one, looked up with the terms of a source's needs. */
  readonly offers = new TextItemPostings();
  /** Needs one by one, looked up with the terms of a source's offers. */
  readonly needs = new TextItemPostings();
  /** The country each organisation is in. */
  readonly countries = new TermPostings();
  /** The countries each organisation's needs name. */
  readonly countriesInNeeds = new TermPostings();

  upsert(profile: OrganisationProfile): void {
    const { slot, previous } = this.profiles.set(profile.organisationId, profile);
    if (previous !== undefined) this.unindex(slot, previous);
    if (isMatchable(profile)) this.index(slot, profile);
  }

  remove(organisationId: string): boolean {
    const removed = this.profiles.delete(organisationId);
    if (removed === undefined) return false;
    this.unindex(removed.slot, removed.previous);
    return true;
  }

  private index(slot: number, profile: OrganisationProfile): void {
    this.attributes.set(slot, profile);
    this.sectors.add(slot, profile.sectors);
    this.technologies.add(slot, profile.technologies);
    this.offers.add(slot, profile.offers);
    this.needs.add(slot, profile.needs);
    this.countries.add(slot, [profile.country]);
    this.countriesInNeeds.add(slot, profile.countriesInNeeds.map((named) => named.country));
  }

  private unindex(slot: number, profile: OrganisationProfile): void {
    this.sectors.remove(slot, profile.sectors);
    this.technologies.remove(slot, profile.technologies);
    this.offers.remove(slot, profile.offers);
    this.needs.remove(slot, profile.needs);
    this.countries.remove(slot, [profile.country]);
    this.countriesInNeeds.remove(slot, profile.countriesInNeeds.map((named) => named.country));
  }
}
