/** CloudEvents `source` of everything the opportunities service publishes (opportunities, subscriptions, notifications). */
export const OPPORTUNITIES_EVENT_SOURCE = '/icn/opportunities';
