export * from './network-event.vocabulary';
export * from './network-event.snapshot';
export * from './events/network-event-scheduled.event';
export * from './events/network-event-registration-received.event';
export * from './events/network-event-registration-cancelled.event';
export * from './events/network-event-attendance-recorded.event';
export * from './events/network-event-cancelled.event';
