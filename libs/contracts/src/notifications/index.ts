export * from './notification.vocabulary';
export * from './subscription.snapshot';
export * from './recommendation';
export * from './notification.payload';
export * from './events/subscription-created.event';
export * from './events/subscription-updated.event';
export * from './events/subscription-deleted.event';
export * from './events/notification-delivered.event';
