export * from './match-reason';
export * from './suggested-organisation';
export * from './events/opportunity-matches-suggested.event';
