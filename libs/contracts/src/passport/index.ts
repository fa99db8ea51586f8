export * from './passport.vocabulary';
export * from './passport-application.snapshot';
export * from './events/passport-application-submitted.event';
export * from './events/passport-application-accepted.event';
export * from './events/passport-application-declined.event';
export * from './events/passport-application-scheduled.event';
export * from './events/passport-application-completed.event';
export * from './events/passport-application-cancelled.event';
