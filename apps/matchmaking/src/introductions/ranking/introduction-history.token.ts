/**
 * Injection token of the IntroductionHistory that MatchingService hands to its MatchingIndex. A token
 * rather than the class, so the matching code depends on the interface only (and its unit tests can
 * pass NO_INTRODUCTION_HISTORY or an InMemoryIntroductionHistory).
 */
export const INTRODUCTION_HISTORY = Symbol('INTRODUCTION_HISTORY');
