import { ALL_TOPICS, Topics } from '@icn/contracts';
import { consumerGroup } from '@icn/messaging';
import { CONFIG } from '@icn/platform';
import type { NetworkConfig } from '../../network.config';

/** The annual report read model's logical consumer group, as its handlers name it. */
export const ANNUAL_REPORT_GROUP = 'annual-report';

/** The topics whose events change a figure (every service's; the rest carry suggestions, meetings, notifications…). */
export const ANNUAL_REPORT_TOPICS = [
  Topics.membershipOrganisation,
  Topics.opportunitiesOpportunity,
  Topics.matchmakingPassport,
  Topics.matchmakingMission,
  Topics.consortiaConsortium,
  Topics.networkApplication,
  Topics.networkEvent,
] as const satisfies readonly (typeof ALL_TOPICS)[number][];

/**
 * The annual report's consumer group (REPORT_CONSUMER_GROUP), from the beginning of every topic
 * it reads: a new group id with a new REPORT_COLLECTION_SUFFIX rebuilds the report beside the live
 * one (deploy/RUNBOOK.md, "Rebuilding a read model").
 */
export const annualReportConsumerGroup = consumerGroup(ANNUAL_REPORT_GROUP, {
  inject: [CONFIG],
  useFactory: (config: NetworkConfig) => ({
    groupId: config.REPORT_CONSUMER_GROUP,
    // A read model: the sequence guard makes each event apply once; no inbox.
    idempotency: 'sequence-guard',
    topics: ANNUAL_REPORT_TOPICS,
    fromBeginning: true,
    partitionsConsumedConcurrently: config.CONSUMER_CONCURRENCY,
  }),
});
