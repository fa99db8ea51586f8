import { Topics } from '@icn/contracts';
import { CloudEventCollector } from '@icn/testing';

/**
 * Collects one topic's events (the opportunity topic unless told) from a throw-away consumer group
 * (see CloudEventCollector: selected by subject, records that are not CloudEvents skipped).
 */
export class OpportunityEventCollector extends CloudEventCollector {
  constructor(brokers: string, topic: string = Topics.opportunitiesOpportunity) {
    super(brokers, [topic], 'opportunities-it');
  }
}
