export * from './match-reason';
export * from './suggested-organisation';
export * from './events/opportunity-matches-suggested.event';
export * from './partner-candidate';
export * from './events/partner-suggestions-proposed.event';
