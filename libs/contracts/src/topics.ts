/**
 * Every Kafka topic of the platform, named in one place.
 *
 * One topic per aggregate stream, keyed by aggregate id, so that the events of one entity stay in
 * order. The trailing `.v1` is the topic's layout version, not an event version: event versions
 * live in the event type names.
 */
export const Topics = {
  membershipCluster: 'icn.membership.cluster.v1',
  membershipOrganisation: 'icn.membership.organisation.v1',
  opportunitiesOpportunity: 'icn.opportunities.opportunity.v1',
  opportunitiesSubscription: 'icn.opportunities.subscription.v1',
  opportunitiesNotification: 'icn.opportunities.notification.v1',
  matchmakingPassport: 'icn.matchmaking.passport.v1',
  matchmakingMission: 'icn.matchmaking.mission.v1',
  matchmakingMissionMeeting: 'icn.matchmaking.mission-meeting.v1',
  matchmakingMissionAgenda: 'icn.matchmaking.mission-agenda.v1',
  matchmakingSuggestion: 'icn.matchmaking.suggestion.v1',
  matchmakingIntroduction: 'icn.matchmaking.introduction.v1',
  consortiaConsortium: 'icn.consortia.consortium.v1',
  consortiaPartnerSearch: 'icn.consortia.partner-search.v1',
  matchmakingPartnerSuggestion: 'icn.matchmaking.partner-suggestion.v1',
  networkEvent: 'icn.network.network-event.v1',
  networkPartner: 'icn.network.partner.v1',
  networkProgramme: 'icn.network.programme.v1',
  networkApplication: 'icn.network.application.v1',
} as const;

export type TopicName = (typeof Topics)[keyof typeof Topics];

export const ALL_TOPICS: readonly TopicName[] = Object.values(Topics);

/** Where a consumer parks an event it cannot process, with the reason in the headers. */
export function deadLetterTopicOf(topic: string): string {
  return `${topic}.dlq`;
}
