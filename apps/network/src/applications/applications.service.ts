import type { Aggregate, Change } from '@icn/messaging';
import type { ApplicationAnswerV1, ApplicationOutcome } from '@icn/contracts';
import { decodeKeysetCursor, DEFAULT_PAGE_SIZE, DomainConflictError, DomainNotFoundError, toKeysetPage, type KeysetPage, type Principal } from '@icn/platform';
import { Inject, Injectable } from '@nestjs/common';
import { NetworkDirectory } from '../directory/persistence/network-directory.repository';
import type { ApplicantProfile } from '../partners/domain/eligibility';
import { ProgrammesService } from '../partners/programmes.service';
import type { ApplicationState } from './domain/application';
import { applicationIdFor } from './domain/application-identity';
import { applicantOrganisationOf, assertApplicantSide, assertEndorsingSide, assertReadable, assertSecretariat, listScope } from './domain/application-access';
import {
  draftApplication,
  endorseApplication,
  forwardApplication,
  recordOutcome,
  returnApplication,
  submitApplication,
  updateAnswers,
  withdrawApplication,
} from './domain/application-lifecycle';
import type { ListApplicationsQuery } from './http/list-applications.query';
import { APPLICATION_AGGREGATE } from './persistence/application.aggregate';
import { ApplicationRepository } from './persistence/application.repository';

/**
 * Applications through the network. @Roles on the controller says who may call; each command checks
 * on the newest state that the caller is on the right side (application-access.ts), then lets the
 * lifecycle decide (application-lifecycle.ts).
 */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly applications: ApplicationRepository,
    @Inject(APPLICATION_AGGREGATE) private readonly aggregate: Aggregate<ApplicationState>,
    private readonly programmes: ProgrammesService,
    private readonly directory: NetworkDirectory,
  ) {}

  /**
   * A member drafts for its own organisation, as the directory knows it; one application in play per
   * programme. The query names the application in play; under concurrency the id does the refusing
   * (application-identity.ts): every concurrent draft of the round builds the same id, and only one
   * claims its first version.
   */
  async draft(principal: Principal, programmeId: string, answers: readonly ApplicationAnswerV1[]): Promise<ApplicationState> {
    const organisationId = applicantOrganisationOf(principal);
    const applicant = await this.applicant(organisationId);
    assertApplicantSide(principal, applicant);
    const programme = await this.programmes.find(programmeId);
    const inPlay = `${applicant.name} already has an application to ${programme.title} in play`;
    const open = await this.applications.findOpen(organisationId, programmeId);
    if (open !== null) throw new DomainConflictError(`${inPlay}: ${open.applicationId} (${open.status})`);
    const applicationId = applicationIdFor(programmeId, organisationId, await this.applications.finalRounds(organisationId, programmeId));
    const change = draftApplication({ applicationId, programme, applicant, answers, createdBy: principal.subject }, new Date());
    try {
      return await this.aggregate.create(change);
    } catch (error) {
      // Lost the round's id to a concurrent draft (or counted a withdrawal not yet in the snapshots).
      if (error instanceof DomainConflictError) throw new DomainConflictError(`${inPlay}: ${applicationId}`);
      throw error;
    }
  }

  updateAnswers(principal: Principal, applicationId: string, answers: readonly ApplicationAnswerV1[]): Promise<ApplicationState> {
    return this.transition(principal, applicationId, 'applicant', async (current, now) => updateAnswers(current, await this.programmes.find(current.programmeId), answers, now));
  }

  submit(principal: Principal, applicationId: string): Promise<ApplicationState> {
    return this.transition(principal, applicationId, 'applicant', async (current, now) => submitApplication(current, await this.programmes.find(current.programmeId), now));
  }

  withdraw(principal: Principal, applicationId: string): Promise<ApplicationState> {
    return this.transition(principal, applicationId, 'applicant', (current, now) => withdrawApplication(current, now));
  }

  return(principal: Principal, applicationId: string, comment: string): Promise<ApplicationState> {
    return this.transition(principal, applicationId, 'endorser', (current, now) => returnApplication(current, comment, principal.subject, now));
  }

  endorse(principal: Principal, applicationId: string, comment: string | undefined): Promise<ApplicationState> {
    return this.transition(principal, applicationId, 'endorser', (current, now) => endorseApplication(current, comment, principal.subject, now));
  }

  forward(principal: Principal, applicationId: string, comment: string | undefined): Promise<ApplicationState> {
    return this.transition(principal, applicationId, 'secretariat', (current, now) => forwardApplication(current, comment, principal.subject, now));
  }

  recordOutcome(principal: Principal, applicationId: string, outcome: ApplicationOutcome, note: string | undefined): Promise<ApplicationState> {
    return this.transition(principal, applicationId, 'secretariat', (current, now) => recordOutcome(current, outcome, note, principal.subject, now));
  }

  async get(principal: Principal, applicationId: string): Promise<ApplicationState> {
    const application = await this.aggregate.find(applicationId);
    if (application === null) throw new DomainNotFoundError(`application ${applicationId} not found`);
    assertReadable(principal, application);
    return application;
  }

  /** One page of what the caller may see, newest first. */
  async list(principal: Principal, query: ListApplicationsQuery): Promise<KeysetPage<ApplicationState>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const filter = { ...(query.programmeId === undefined ? {} : { programmeId: query.programmeId }), ...(query.status === undefined ? {} : { status: query.status }) };
    const rows = await this.applications.list(listScope(principal), filter, limit, decodeKeysetCursor(query.cursor));
    return toKeysetPage(rows, limit, (row) => ({ key: row.createdAt, id: row.applicationId }));
  }

  /** Access is checked on the state the decision is taken on (a retry after a lost claim checks again). */
  private transition(
    principal: Principal,
    applicationId: string,
    side: 'applicant' | 'endorser' | 'secretariat',
    decide: (current: ApplicationState, now: Date) => Change<ApplicationState> | null | Promise<Change<ApplicationState> | null>,
  ): Promise<ApplicationState> {
    return this.aggregate.modify(applicationId, (current) => {
      if (side === 'applicant') assertApplicantSide(principal, current);
      else if (side === 'endorser') assertEndorsingSide(principal, current);
      else assertSecretariat(principal);
      return decide(current, new Date());
    });
  }

  private async applicant(organisationId: string): Promise<ApplicantProfile> {
    const organisation = await this.directory.findOrganisation(organisationId);
    // The organisation's joined event may not have arrived yet: "not found" says so rather than guessing.
    if (organisation === null) throw new DomainNotFoundError(`organisation ${organisationId} is not (yet) in the network's directory`);
    const { name, clusterId, country, helixType, sectors, status } = organisation;
    return { organisationId, name, clusterId, country, helixType, sectors, status };
  }
}
