import type { HelixType, Sector } from '@icn/contracts';
import type { IntroductionOutcome } from './introduction-history';

/**
 * Why a pair matched: every reason names what matched, the weight applied and what it added to the
 * score. The contributions add up to the score (up to floating-point rounding), so a reader can
 * check a ranking by hand.
 */
export type MatchReason = SectorReason | TechnologyReason | OfferNeedReason | CountryReason | HelixReason | ClusterReason | OutcomeFeedbackReason;

export interface SectorReason {
  kind: 'sector';
  sector: Sector;
  weight: number;
  contribution: number;
}

export interface TechnologyReason {
  kind: 'technology';
  technology: string;
  weight: number;
  contribution: number;
}

/** An offer of one organisation answers a need of the other. */
export interface OfferNeedReason {
  kind: 'offer-need';
  offeredBy: string;
  offer: string;
  neededBy: string;
  need: string;
  /** The normalised terms both texts contain. */
  sharedTerms: string[];
  /** Dice coefficient of the two texts' terms. */
  similarity: number;
  weight: number;
  /** weight x similarity. */
  contribution: number;
}

export type CountryReason =
  | {
      kind: 'country';
      /** The opportunity targets this country and the organisation is in it. */
      rule: 'targeted-country';
      country: string;
      weight: number;
      contribution: number;
    }
  | {
      kind: 'country';
      /** A need of `neededBy` names the country the other organisation is in. */
      rule: 'country-named-in-need';
      country: string;
      neededBy: string;
      need: string;
      weight: number;
      contribution: number;
    };

export type HelixReason =
  | {
      kind: 'helix';
      /** The opportunity targets helix types and the organisation's is one of them. */
      rule: 'targeted-helix-type';
      helixType: HelixType;
      weight: number;
      contribution: number;
    }
  | {
      kind: 'helix';
      /** Two organisations of complementary helix types (`company+research-institution`...). */
      rule: 'helix-complementarity';
      pair: string;
      weight: number;
      contribution: number;
    }
  | {
      kind: 'helix';
      /** An SME and a large company. */
      rule: 'company-size-complementarity';
      weight: number;
      contribution: number;
    };

export interface ClusterReason {
  kind: 'cluster';
  /** The opportunity targets clusters and the organisation belongs to this one. */
  rule: 'targeted-cluster';
  clusterId: string;
  weight: number;
  contribution: number;
}

/** A multiplicative adjustment from introduction outcomes (see outcome-feedback.ts). */
export type OutcomeFeedbackReason =
  | {
      kind: 'outcome-feedback';
      rule: 'track-record';
      /** The organisations whose records were averaged (one for an opportunity match, two between organisations). */
      organisationIds: string[];
      factor: number;
      contribution: number;
    }
  | {
      kind: 'outcome-feedback';
      rule: 'previous-introduction';
      outcome: IntroductionOutcome;
      between: [string, string];
      factor: number;
      contribution: number;
    };

/** A scored pair: the score and every reason behind it. */
export interface MatchScore {
  score: number;
  reasons: MatchReason[];
}

export interface OrganisationMatch extends MatchScore {
  organisationId: string;
  name: string;
}

export interface OpportunityMatch extends MatchScore {
  opportunityId: string;
  title: string;
}
