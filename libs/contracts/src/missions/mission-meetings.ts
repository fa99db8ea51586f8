// The B2B agenda's public language (meetings, slots and tables), re-exported by missions/index.ts.
export * from './mission-meeting.vocabulary';
export * from './mission-meeting.snapshot';
export * from './agenda.snapshot';
export * from './events/mission-meeting-requested.event';
export * from './events/mission-meeting-accepted.event';
export * from './events/mission-meeting-declined.event';
export * from './events/mission-meeting-scheduled.event';
export * from './events/mission-meeting-cancelled.event';
export * from './events/agenda-set.event';
