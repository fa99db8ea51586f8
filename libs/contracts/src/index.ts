export * from './topics';
export * from './envelope/cloud-event';
export * from './envelope/event-definition';
export * from './validation/validate-payload';
export * from './vocabulary/vocabulary';
export * from './membership';
export * from './catalog';
