import type { EventDefinition } from './envelope/event-definition';
import {
  ClusterRegistered,
  ClusterUpdated,
  ContactAdded,
  ContactRemoved,
  OrganisationJoined,
  OrganisationLeft,
  OrganisationReinstated,
  OrganisationSuspended,
  OrganisationUpdated,
} from './membership';
import {
  OpportunityCancelled,
  OpportunityClosed,
  OpportunityDeadlineExtended,
  OpportunityExpired,
  OpportunityPublished,
  OpportunityUpdated,
} from './opportunities';
import { NotificationDelivered, SubscriptionCreated, SubscriptionDeleted, SubscriptionUpdated } from './notifications';
import {
  PassportApplicationAccepted,
  PassportApplicationCancelled,
  PassportApplicationCompleted,
  PassportApplicationDeclined,
  PassportApplicationScheduled,
  PassportApplicationSubmitted,
} from './passport';
import {
  MissionAgendaSet,
  MissionMeetingAccepted,
  MissionMeetingCancelled,
  MissionMeetingDeclined,
  MissionMeetingRequested,
  MissionMeetingScheduled,
  MissionApplicationSubmitted,
  MissionApplicationWithdrawn,
  MissionCallClosed,
  MissionCallOpened,
  MissionCancelled,
  MissionCompleted,
  MissionCreated,
  MissionDelegatePromoted,
  MissionLocalProjectOwnerAdded,
  MissionLocalProjectOwnerRemoved,
  MissionSelectionDecided,
  MissionSelectionPublished,
} from './missions';
import { OpportunityMatchesSuggested } from './suggestions';
import {
  IntroductionAccepted,
  IntroductionDeclined,
  IntroductionOutcomeRecorded,
  IntroductionRequested,
  IntroductionWithdrawn,
} from './introductions';

/** Every integration event of the platform. Adding an event means adding it here. */
export const EVENT_CATALOG: readonly EventDefinition[] = [
  ClusterRegistered,
  ClusterUpdated,
  OrganisationJoined,
  OrganisationUpdated,
  OrganisationSuspended,
  OrganisationReinstated,
  OrganisationLeft,
  ContactAdded,
  ContactRemoved,
  OpportunityPublished,
  OpportunityUpdated,
  OpportunityDeadlineExtended,
  OpportunityClosed,
  OpportunityCancelled,
  OpportunityExpired,
  SubscriptionCreated,
  SubscriptionUpdated,
  SubscriptionDeleted,
  NotificationDelivered,
  PassportApplicationSubmitted,
  PassportApplicationAccepted,
  PassportApplicationDeclined,
  PassportApplicationScheduled,
  PassportApplicationCompleted,
  PassportApplicationCancelled,
  MissionAgendaSet,
  MissionMeetingRequested,
  MissionMeetingAccepted,
  MissionMeetingDeclined,
  MissionMeetingScheduled,
  MissionMeetingCancelled,
  MissionCreated,
  MissionCallOpened,
  MissionCallClosed,
  MissionApplicationSubmitted,
  MissionApplicationWithdrawn,
  MissionSelectionDecided,
  MissionSelectionPublished,
  MissionDelegatePromoted,
  MissionLocalProjectOwnerAdded,
  MissionLocalProjectOwnerRemoved,
  MissionCancelled,
  MissionCompleted,
  OpportunityMatchesSuggested,
  IntroductionRequested,
  IntroductionAccepted,
  IntroductionDeclined,
  IntroductionWithdrawn,
  IntroductionOutcomeRecorded,
];

const byType = new Map(EVENT_CATALOG.map((definition) => [definition.type, definition]));

export function findEventDefinition(type: string): EventDefinition | undefined {
  return byType.get(type);
}
