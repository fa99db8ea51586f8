/** CloudEvents `source` of everything network publishes. */
export const NETWORK_EVENT_SOURCE = '/icn/network';
