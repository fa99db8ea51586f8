import type { OpportunityProfile, OrganisationProfile } from '../matching-profile';

/**
 * The attributes an opportunity's targets filter on (country, cluster, helix type), coded as small
 * integers in typed arrays by slot. The ranking loop checks eligibility here instead of in each
 * profile object: for an opportunity targeting one small country most candidates fail, and reading
 * a typed array is far cheaper than reaching a profile scattered across the heap.
 */
export class SlotAttributes {
  private readonly countryCodes = new Dictionary();
  private readonly clusterCodes = new Dictionary();
  private readonly helixCodes = new Dictionary();
  private countries: Uint16Array = new Uint16Array(1024);
  private clusters: Uint16Array = new Uint16Array(1024);
  private helixTypes: Uint8Array = new Uint8Array(1024);

  set(slot: number, profile: OrganisationProfile): void {
    if (slot >= this.countries.length) this.grow(slot + 1);
    this.countries[slot] = this.countryCodes.codeOf(profile.country);
    this.clusters[slot] = this.clusterCodes.codeOf(profile.clusterId);
    this.helixTypes[slot] = this.helixCodes.codeOf(profile.helixType);
  }

  /**
   * A filter equivalent to `isEligibleFor` for organisations in the indexes (all active, so status
   * is not checked again). `publisherSlot` is the slot of the publisher's organisation, if held.
   */
  filterFor(opportunity: OpportunityProfile, publisherSlot: number | undefined): SlotFilter {
    return new SlotFilter(
      this.countries,
      this.countryCodes.maskOf(opportunity.targetCountries),
      this.clusters,
      this.clusterCodes.maskOf(opportunity.targetClusterIds),
      this.helixTypes,
      this.helixCodes.maskOf(opportunity.targetHelixTypes),
      publisherSlot ?? -1,
    );
  }

  private grow(minimum: number): void {
    const size = Math.max(minimum, this.countries.length * 2);
    const countries = new Uint16Array(size);
    countries.set(this.countries);
    this.countries = countries;
    const clusters = new Uint16Array(size);
    clusters.set(this.clusters);
    this.clusters = clusters;
    const helixTypes = new Uint8Array(size);
    helixTypes.set(this.helixTypes);
    this.helixTypes = helixTypes;
  }
}

export class SlotFilter {
  constructor(
    private readonly countries: Uint16Array,
    private readonly countryMask: Uint8Array | undefined,
    private readonly clusters: Uint16Array,
    private readonly clusterMask: Uint8Array | undefined,
    private readonly helixTypes: Uint8Array,
    private readonly helixMask: Uint8Array | undefined,
    private readonly publisherSlot: number,
  ) {}

  admits(slot: number): boolean {
    return (
      slot !== this.publisherSlot &&
      (this.countryMask === undefined || this.countryMask[this.countries[slot]] === 1) &&
      (this.clusterMask === undefined || this.clusterMask[this.clusters[slot]] === 1) &&
      (this.helixMask === undefined || this.helixMask[this.helixTypes[slot]] === 1)
    );
  }
}

/** Strings to small codes, assigned on first sight and never reused (a few hundred at most). */
class Dictionary {
  private readonly codes = new Map<string, number>();

  codeOf(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.codes.size;
      this.codes.set(value, code);
    }
    return code;
  }

  /** A mask by code of the target values (undefined: no target, everyone passes). */
  maskOf(targets: ReadonlySet<string>): Uint8Array | undefined {
    if (targets.size === 0) return undefined;
    const mask = new Uint8Array(this.codes.size);
    for (const target of targets) {
      const code = this.codes.get(target);
      if (code !== undefined) mask[code] = 1;
    }
    return mask;
  }
}
