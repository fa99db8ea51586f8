/**
 * Why organisation A asks to be introduced to organisation B. A short, closed list so that cluster
 * managers can report on introductions and consumers can route them; the free-text `message` says
 * the rest.
 *
 * - partnership: a long-term business partner (co-development, distribution, joint offer);
 * - supplier: A wants to buy from B;
 * - customer: A wants to sell to B;
 * - investment: A wants to invest in B, or B to invest in A;
 * - research-cooperation: a research or innovation project (typically a joint funding application);
 * - market-entry: A wants B's help to enter B's market (local knowledge, contacts).
 */
export const INTRODUCTION_PURPOSES = ['partnership', 'supplier', 'customer', 'investment', 'research-cooperation', 'market-entry'] as const;
export type IntroductionPurpose = (typeof INTRODUCTION_PURPOSES)[number];

/**
 * Lifecycle: pending → accepted | declined | withdrawn. declined and withdrawn are final; an accepted
 * introduction stays accepted and may get (and have corrected) an outcome.
 */
export const INTRODUCTION_STATUSES = ['pending', 'accepted', 'declined', 'withdrawn'] as const;
export type IntroductionStatus = (typeof INTRODUCTION_STATUSES)[number];

/**
 * What came of an accepted introduction, worst to best, recorded later by either side. Matching reads
 * these (outcome-feedback.ts) to adjust rankings, so the order and the names are part of the contract.
 */
export const INTRODUCTION_OUTCOMES = ['no-further-contact', 'follow-up-meeting', 'joint-proposal', 'cooperation-agreement'] as const;
export type IntroductionOutcome = (typeof INTRODUCTION_OUTCOMES)[number];
