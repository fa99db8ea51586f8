export * from './opportunity.vocabulary';
export * from './opportunity.snapshot';
export * from './events/opportunity-published.event';
export * from './events/opportunity-updated.event';
export * from './events/opportunity-deadline-extended.event';
export * from './events/opportunity-closed.event';
export * from './events/opportunity-cancelled.event';
export * from './events/opportunity-expired.event';
