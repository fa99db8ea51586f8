import type { Change } from '@icn/messaging';
import type { PassportApplicationSnapshotV1, PassportKeyContactV1, PassportVisitReportV1 } from '@icn/contracts';
import { assertOrganisationScope, type Principal, withHttpErrors } from '@icn/platform';
import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { reserveDesks } from './capacity/desk-allocator';
import { assertHostSide, assertReadable, cancellingParty, listScope } from './domain/passport-access';
import { toSnapshot, type PassportApplicationState } from './domain/passport-application';
import {
  acceptApplication,
  assertAcceptable,
  cancelApplication,
  completeApplication,
  declineApplication,
  scheduleApplication,
  submitApplication,
  wantsDesk,
} from './domain/passport-lifecycle';
import { assertMayApply } from './domain/passport-eligibility';
import { daysOfStay } from './domain/stay-dates';
import { DEFAULT_APPLICATION_PAGE_SIZE, type ListPassportApplicationsQuery } from './http/list-passport-applications.query';
import type { PassportApplicationPage } from './http/passport-application-page';
import type { SubmitPassportApplicationDto } from './http/submit-passport-application.dto';
import { decodeApplicationCursor, encodeApplicationCursor } from './persistence/application-list-cursor';
import { DeskReservationRepository } from './persistence/desk-reservation.repository';
import { HostCapacityRepository } from './persistence/host-capacity.repository';
import { PassportApplicationRepository } from './persistence/passport-application.repository';
import { PassportWriter } from './persistence/passport-writer';
import { DirectoryLookup } from '../directory/persistence/directory-lookup';

/**
 * Passport commands. @Roles on the controller says who may call which; here each command checks
 * that the caller's scope covers *this* application (applicant side or host side) on fresh state.
 */
@Injectable()
export class PassportApplicationsService {
  constructor(
    private readonly applications: PassportApplicationRepository,
    private readonly writer: PassportWriter,
    private readonly directory: DirectoryLookup,
    private readonly desks: DeskReservationRepository,
    private readonly capacities: HostCapacityRepository,
  ) {}

  submit(principal: Principal, dto: SubmitPassportApplicationDto): Promise<PassportApplicationSnapshotV1> {
    // The domain may refuse the request itself (own cluster as host, a stay in the past): a 400.
    return withHttpErrors(() => this.submitChecked(principal, dto));
  }

  private async submitChecked(principal: Principal, dto: SubmitPassportApplicationDto): Promise<PassportApplicationSnapshotV1> {
    const organisation = await this.directory.findOrganisation(dto.organisationId);
    if (organisation === null) throw new NotFoundException(`organisation ${dto.organisationId} not found`);
    // Scope before anything else about the host: a caller learns nothing about others' members.
    assertOrganisationScope(principal, organisation, 'manage');
    const hostCluster = await this.directory.findCluster(dto.hostClusterId);
    if (hostCluster === null) throw new NotFoundException(`cluster ${dto.hostClusterId} not found`);
    assertMayApply(organisation, hostCluster);
    const change = submitApplication(
      {
        applicationId: randomUUID(),
        organisationId: organisation.organisationId,
        organisationName: organisation.name,
        homeClusterId: organisation.clusterId,
        hostClusterId: dto.hostClusterId,
        targetCountry: dto.targetCountry,
        purpose: dto.purpose,
        from: dto.from,
        to: dto.to,
        services: dto.services,
        submittedBy: principal.subject,
      },
      new Date(),
    );
    return toSnapshot(await this.writer.create(change));
  }

  async get(principal: Principal, applicationId: string): Promise<PassportApplicationSnapshotV1> {
    const application = await this.applications.findById(applicationId);
    if (application === null) throw new NotFoundException(`Passport application ${applicationId} not found`);
    assertReadable(principal, application);
    return toSnapshot(application);
  }

  /** The applications the caller may see (listScope), filtered, newest first, one page at a time. */
  async list(principal: Principal, query: ListPassportApplicationsQuery): Promise<PassportApplicationPage> {
    const limit = query.limit ?? DEFAULT_APPLICATION_PAGE_SIZE;
    const after = query.cursor === undefined ? undefined : decodeApplicationCursor(query.cursor);
    if (query.cursor !== undefined && after === undefined) {
      throw new BadRequestException(['cursor: must be a nextCursor returned by this endpoint']);
    }
    const { hostClusterId, organisationId, status, year } = query;
    const rows = await this.applications.page(listScope(principal), { hostClusterId, organisationId, status, year }, after, limit);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map(toSnapshot),
      nextCursor: rows.length > limit && last !== undefined ? encodeApplicationCursor({ submittedAt: last.submittedAt, applicationId: last.applicationId }) : null,
    };
  }

  /**
   * Acceptance takes the desks first (unique `_id` inserts, see reserveDesks) and gives them back
   * if the write that records them fails, so a desk is never held by an unaccepted application.
   */
  async accept(principal: Principal, applicationId: string, keyContacts: PassportKeyContactV1[]): Promise<PassportApplicationSnapshotV1> {
    let reserved: string[] = [];
    try {
      const accepted = await this.writer.modify(applicationId, async (current) => {
        assertHostSide(principal, current);
        assertAcceptable(current);
        if (wantsDesk(current)) {
          const { desksPerDay } = await this.capacities.get(current.hostClusterId);
          reserved = await reserveDesks(this.desks, {
            hostClusterId: current.hostClusterId,
            applicationId,
            days: daysOfStay(current.from, current.to),
            desksPerDay,
          });
        }
        return acceptApplication(current, keyContacts, reserved, new Date());
      });
      return toSnapshot(accepted);
    } catch (error) {
      await this.desks.release(reserved);
      throw error;
    }
  }

  decline(principal: Principal, applicationId: string, reason: string): Promise<PassportApplicationSnapshotV1> {
    return this.hostTransition(principal, applicationId, (current, now) => declineApplication(current, reason, now));
  }

  schedule(principal: Principal, applicationId: string): Promise<PassportApplicationSnapshotV1> {
    return this.hostTransition(principal, applicationId, (current, now) => scheduleApplication(current, now));
  }

  complete(principal: Principal, applicationId: string, report: PassportVisitReportV1): Promise<PassportApplicationSnapshotV1> {
    return this.hostTransition(principal, applicationId, (current, now) => completeApplication(current, report, now));
  }

  /** The desks go back only once the cancellation is recorded: a failed write keeps the visit whole. */
  async cancel(principal: Principal, applicationId: string, reason: string | undefined): Promise<PassportApplicationSnapshotV1> {
    let held: string[] = [];
    const cancelled = await this.writer.modify(applicationId, (current) => {
      const change = cancelApplication(current, cancellingParty(principal, current), reason, new Date());
      held = current.deskReservationIds;
      return Promise.resolve(change);
    });
    await this.desks.release(held);
    return toSnapshot(cancelled);
  }

  private async hostTransition(
    principal: Principal,
    applicationId: string,
    apply: (current: PassportApplicationState, now: Date) => Change<PassportApplicationState>,
  ): Promise<PassportApplicationSnapshotV1> {
    const next = await this.writer.modify(applicationId, (current) => {
      assertHostSide(principal, current);
      return Promise.resolve(apply(current, new Date()));
    });
    return toSnapshot(next);
  }
}
