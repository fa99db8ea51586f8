import { Controller } from '@nestjs/common';
import {
  ApplicationAnswersUpdated,
  ApplicationDrafted,
  ApplicationEndorsed,
  ApplicationForwarded,
  ApplicationOutcomeRecorded,
  ApplicationReturned,
  ApplicationSubmitted,
  ApplicationWithdrawn,
  ConsortiumBudgetUpdated,
  ConsortiumCreated,
  ConsortiumDraftingStarted,
  ConsortiumGranted,
  ConsortiumInvitationAccepted,
  ConsortiumInvitationDeclined,
  ConsortiumInvitationSent,
  ConsortiumMemberLeft,
  ConsortiumMemberRemoved,
  ConsortiumRejected,
  ConsortiumReserveListed,
  ConsortiumSectionAdded,
  ConsortiumSectionUpdated,
  ConsortiumSubmitted,
  ConsortiumWithdrawn,
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
  NetworkEventAttendanceRecorded,
  NetworkEventCancelled,
  NetworkEventRegistrationCancelled,
  NetworkEventRegistrationReceived,
  NetworkEventScheduled,
  OpportunityCancelled,
  OpportunityClosed,
  OpportunityDeadlineExtended,
  OpportunityExpired,
  OpportunityPublished,
  OpportunityUpdated,
  OrganisationJoined,
  OrganisationLeft,
  OrganisationUpdated,
  PassportApplicationAccepted,
  PassportApplicationCancelled,
  PassportApplicationCompleted,
  PassportApplicationDeclined,
  PassportApplicationScheduled,
  PassportApplicationSubmitted,
  type CloudEvent,
  type OrganisationLeftV1,
} from '@icn/contracts';
import { GuardedProjection, OnEvent, type ProjectedWrite } from '@icn/messaging';
import { AnnualReportFacts } from '../persistence/annual-report-facts.repository';
import { projectFact, projectOrganisationLeft } from './report-fact.projection';
import { ANNUAL_REPORT_GROUP } from './annual-report.consumer';

/**
 * The annual report's read model: every event of the platform that changes a figure, one handler
 * each (the transport subscribes by event type), each "project the entity's fact under the sequence
 * guard" (report-fact.projection.ts). Generated-looking on purpose: the list is the report's
 * dependency on other services' contracts, and a new event type that should count is added here.
 * A controller of the event transport, as Nest wants message handlers: it has no HTTP routes.
 */
@Controller()
export class AnnualReportEventHandlers {
  private readonly facts: GuardedProjection;

  constructor(facts: AnnualReportFacts) {
    /**
     * `skip` for a delta (organisation left) whose organisation was never seen: its joined was
     * dead-lettered and will be replayed with it; a report fact alone is worth nothing.
     */
    this.facts = new GuardedProjection({ readModel: 'annual-report', collection: facts.projectionTarget, missingDocument: 'skip' });
  }

  // membership
  @OnEvent(OrganisationJoined, { group: ANNUAL_REPORT_GROUP })
  organisationJoined(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(OrganisationUpdated, { group: ANNUAL_REPORT_GROUP })
  organisationUpdated(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  // opportunities
  @OnEvent(OpportunityPublished, { group: ANNUAL_REPORT_GROUP })
  opportunityPublished(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(OpportunityUpdated, { group: ANNUAL_REPORT_GROUP })
  opportunityUpdated(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(OpportunityDeadlineExtended, { group: ANNUAL_REPORT_GROUP })
  opportunityDeadlineExtended(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(OpportunityClosed, { group: ANNUAL_REPORT_GROUP })
  opportunityClosed(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(OpportunityCancelled, { group: ANNUAL_REPORT_GROUP })
  opportunityCancelled(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(OpportunityExpired, { group: ANNUAL_REPORT_GROUP })
  opportunityExpired(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  // passport
  @OnEvent(PassportApplicationSubmitted, { group: ANNUAL_REPORT_GROUP })
  passportApplicationSubmitted(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(PassportApplicationAccepted, { group: ANNUAL_REPORT_GROUP })
  passportApplicationAccepted(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(PassportApplicationDeclined, { group: ANNUAL_REPORT_GROUP })
  passportApplicationDeclined(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(PassportApplicationScheduled, { group: ANNUAL_REPORT_GROUP })
  passportApplicationScheduled(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(PassportApplicationCompleted, { group: ANNUAL_REPORT_GROUP })
  passportApplicationCompleted(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(PassportApplicationCancelled, { group: ANNUAL_REPORT_GROUP })
  passportApplicationCancelled(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  // missions
  @OnEvent(MissionCreated, { group: ANNUAL_REPORT_GROUP })
  missionCreated(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(MissionCallOpened, { group: ANNUAL_REPORT_GROUP })
  missionCallOpened(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(MissionCallClosed, { group: ANNUAL_REPORT_GROUP })
  missionCallClosed(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(MissionApplicationSubmitted, { group: ANNUAL_REPORT_GROUP })
  missionApplicationSubmitted(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(MissionApplicationWithdrawn, { group: ANNUAL_REPORT_GROUP })
  missionApplicationWithdrawn(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(MissionSelectionDecided, { group: ANNUAL_REPORT_GROUP })
  missionSelectionDecided(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(MissionSelectionPublished, { group: ANNUAL_REPORT_GROUP })
  missionSelectionPublished(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(MissionDelegatePromoted, { group: ANNUAL_REPORT_GROUP })
  missionDelegatePromoted(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(MissionLocalProjectOwnerAdded, { group: ANNUAL_REPORT_GROUP })
  missionLocalProjectOwnerAdded(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(MissionLocalProjectOwnerRemoved, { group: ANNUAL_REPORT_GROUP })
  missionLocalProjectOwnerRemoved(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(MissionCancelled, { group: ANNUAL_REPORT_GROUP })
  missionCancelled(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(MissionCompleted, { group: ANNUAL_REPORT_GROUP })
  missionCompleted(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  // consortia
  @OnEvent(ConsortiumCreated, { group: ANNUAL_REPORT_GROUP })
  consortiumCreated(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(ConsortiumInvitationSent, { group: ANNUAL_REPORT_GROUP })
  consortiumInvitationSent(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(ConsortiumInvitationAccepted, { group: ANNUAL_REPORT_GROUP })
  consortiumInvitationAccepted(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(ConsortiumInvitationDeclined, { group: ANNUAL_REPORT_GROUP })
  consortiumInvitationDeclined(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(ConsortiumMemberLeft, { group: ANNUAL_REPORT_GROUP })
  consortiumMemberLeft(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(ConsortiumMemberRemoved, { group: ANNUAL_REPORT_GROUP })
  consortiumMemberRemoved(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(ConsortiumDraftingStarted, { group: ANNUAL_REPORT_GROUP })
  consortiumDraftingStarted(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(ConsortiumSectionAdded, { group: ANNUAL_REPORT_GROUP })
  consortiumSectionAdded(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(ConsortiumSectionUpdated, { group: ANNUAL_REPORT_GROUP })
  consortiumSectionUpdated(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(ConsortiumBudgetUpdated, { group: ANNUAL_REPORT_GROUP })
  consortiumBudgetUpdated(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(ConsortiumSubmitted, { group: ANNUAL_REPORT_GROUP })
  consortiumSubmitted(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(ConsortiumGranted, { group: ANNUAL_REPORT_GROUP })
  consortiumGranted(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(ConsortiumReserveListed, { group: ANNUAL_REPORT_GROUP })
  consortiumReserveListed(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(ConsortiumRejected, { group: ANNUAL_REPORT_GROUP })
  consortiumRejected(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(ConsortiumWithdrawn, { group: ANNUAL_REPORT_GROUP })
  consortiumWithdrawn(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  // network applications
  @OnEvent(ApplicationDrafted, { group: ANNUAL_REPORT_GROUP })
  applicationDrafted(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(ApplicationAnswersUpdated, { group: ANNUAL_REPORT_GROUP })
  applicationAnswersUpdated(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(ApplicationSubmitted, { group: ANNUAL_REPORT_GROUP })
  applicationSubmitted(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(ApplicationReturned, { group: ANNUAL_REPORT_GROUP })
  applicationReturned(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(ApplicationEndorsed, { group: ANNUAL_REPORT_GROUP })
  applicationEndorsed(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(ApplicationForwarded, { group: ANNUAL_REPORT_GROUP })
  applicationForwarded(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(ApplicationOutcomeRecorded, { group: ANNUAL_REPORT_GROUP })
  applicationOutcomeRecorded(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(ApplicationWithdrawn, { group: ANNUAL_REPORT_GROUP })
  applicationWithdrawn(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  // network events
  @OnEvent(NetworkEventScheduled, { group: ANNUAL_REPORT_GROUP })
  networkEventScheduled(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(NetworkEventRegistrationReceived, { group: ANNUAL_REPORT_GROUP })
  networkEventRegistrationReceived(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(NetworkEventRegistrationCancelled, { group: ANNUAL_REPORT_GROUP })
  networkEventRegistrationCancelled(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(NetworkEventAttendanceRecorded, { group: ANNUAL_REPORT_GROUP })
  networkEventAttendanceRecorded(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(NetworkEventCancelled, { group: ANNUAL_REPORT_GROUP })
  networkEventCancelled(event: CloudEvent<object>): ProjectedWrite {
    return this.facts.write(projectFact(event));
  }

  @OnEvent(OrganisationLeft, { group: ANNUAL_REPORT_GROUP })
  organisationLeft(event: CloudEvent<OrganisationLeftV1>): ProjectedWrite {
    return this.facts.write(projectOrganisationLeft(event));
  }
}
