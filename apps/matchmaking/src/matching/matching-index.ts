import { isMatchable } from './eligibility';
import { CandidateHits } from './indexing/candidate-hits';
import { OpportunityStore } from './indexing/opportunity-store';
import { OrganisationStore } from './indexing/organisation-store';
import { NO_INTRODUCTION_HISTORY, type IntroductionHistory } from './introduction-history';
import type { OpportunityMatch, OrganisationMatch } from './match-explanation';
import {
  toOpportunityProfile,
  toOrganisationProfile,
  type OpportunityMatchingInput,
  type OrganisationMatchingInput,
  type OrganisationProfile,
} from './matching-profile';
import { rankOpportunitiesForOrganisation } from './ranking/rank-opportunities-for-organisation';
import { rankOrganisationsForOpportunity } from './ranking/rank-organisations-for-opportunity';
import { OfferNeedAccumulator } from './ranking/offer-need-accumulator';
import { rankOrganisationsForOrganisation, type OrganisationRankingScratch } from './ranking/rank-organisations-for-organisation';
import type { OpportunityViewer, RankingContext } from './ranking/ranking-context';
import { StringPool } from './string-pool';

export interface MatchingIndexOptions {
  /** Introduction outcomes feeding back into scores; none by default. Read live at every ranking. */
  history?: IntroductionHistory;
  /** Epoch milliseconds; decides whether an opportunity's deadline has passed. */
  clock?: () => number;
}

export interface RankOptions {
  /** How many matches to return, best first (default 20). */
  limit?: number;
  /** Leave out matches scoring below this (default 0: every match). */
  minScore?: number;
  /**
   * Who asks: opportunities it may not see (the network's one rule) are left out of an
   * organisation's ranking before the limit applies. Unset: no caller (suggestions, partner search).
   */
  viewer?: OpportunityViewer;
}

export const DEFAULT_RANK_LIMIT = 20;

/**
 * Organisations and open opportunities held in memory for ranking, updated one event at a time.
 *
 * Inverted indexes (sector, technology, offer term, need term, country, country named in needs ->
 * slots) mean a ranking reads only candidates sharing at least one term with its subject, and a
 * top-K heap keeps the best without sorting them all. Upserts are synchronous: a ranking called after
 * `upsertOrganisation` returns sees the change. Callers apply events in order (the directory's
 * sequence guard decides what is newer); the index itself replaces whatever it holds for an id.
 */
export class MatchingIndex {
  private readonly organisations = new OrganisationStore();
  private readonly opportunities = new OpportunityStore();
  private readonly organisationHits = new CandidateHits();
  private readonly organisationScratch: OrganisationRankingScratch = { hits: this.organisationHits, offerNeeds: new OfferNeedAccumulator() };
  private readonly opportunityHits = new CandidateHits();
  private readonly strings = new StringPool();
  private readonly history: IntroductionHistory;
  private readonly clock: () => number;

  constructor(options: MatchingIndexOptions = {}) {
    this.history = options.history ?? NO_INTRODUCTION_HISTORY;
    this.clock = options.clock ?? Date.now;
  }

  get organisationCount(): number {
    return this.organisations.profiles.size;
  }

  get opportunityCount(): number {
    return this.opportunities.profiles.size;
  }

  getOrganisation(organisationId: string): OrganisationProfile | undefined {
    return this.organisations.profiles.get(organisationId);
  }

  /** Every organisation that may be matched (active), in no particular order: for scans that no inverted index serves. */
  *activeOrganisations(): IterableIterator<OrganisationProfile> {
    for (const profile of this.organisations.profiles.values()) if (isMatchable(profile)) yield profile;
  }

  /** Adds or replaces an organisation (a suspended or departed one stays known but is never ranked). */
  upsertOrganisation(organisation: OrganisationMatchingInput): void {
    this.organisations.upsert(toOrganisationProfile(organisation, this.strings.intern));
  }

  /** False when the organisation was not held. */
  removeOrganisation(organisationId: string): boolean {
    return this.organisations.remove(organisationId);
  }

  /** Adds or replaces an opportunity; a snapshot that is no longer `published` removes it. */
  upsertOpportunity(opportunity: OpportunityMatchingInput): void {
    this.opportunities.upsert(toOpportunityProfile(opportunity));
  }

  removeOpportunity(opportunityId: string): boolean {
    return this.opportunities.remove(opportunityId);
  }

  /** Organisations for an opportunity (held or not); empty when it is not open. */
  rankOrganisationsForOpportunity(opportunity: OpportunityMatchingInput, options: RankOptions = {}): OrganisationMatch[] {
    return rankOrganisationsForOpportunity(this.organisations, this.organisationHits, toOpportunityProfile(opportunity), this.context(options));
  }

  /** Organisations for an organisation; undefined when it is not held, empty when it is not active. */
  rankOrganisationsForOrganisation(organisationId: string, options: RankOptions = {}): OrganisationMatch[] | undefined {
    const source = this.organisations.profiles.get(organisationId);
    if (source === undefined) return undefined;
    return rankOrganisationsForOrganisation(this.organisations, this.organisationScratch, source, this.context(options));
  }

  /** Open opportunities for an organisation; undefined when it is not held, empty when it is not active. */
  rankOpportunitiesForOrganisation(organisationId: string, options: RankOptions = {}): OpportunityMatch[] | undefined {
    const organisation = this.organisations.profiles.get(organisationId);
    if (organisation === undefined) return undefined;
    return rankOpportunitiesForOrganisation(this.opportunities, this.opportunityHits, organisation, this.context(options));
  }

  private context(options: RankOptions): RankingContext {
    const minScore = options.minScore ?? 0;
    if (!Number.isFinite(minScore)) throw new RangeError(`minScore must be a finite number, got ${minScore}`);
    const context: RankingContext = { history: this.history, nowMs: this.clock(), limit: options.limit ?? DEFAULT_RANK_LIMIT, minScore };
    if (options.viewer !== undefined) context.viewer = options.viewer;
    return context;
  }
}
