/** CloudEvents `source` of everything membership publishes (clusters and organisations). */
export const MEMBERSHIP_EVENT_SOURCE = '/icn/membership';
