export * from './introduction.vocabulary';
export * from './introduction.snapshot';
export * from './events/introduction-requested.event';
export * from './events/introduction-accepted.event';
export * from './events/introduction-declined.event';
export * from './events/introduction-withdrawn.event';
export * from './events/introduction-outcome-recorded.event';
