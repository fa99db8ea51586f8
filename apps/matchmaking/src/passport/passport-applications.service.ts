import type { Change } from '@icn/messaging';
import type { PassportApplicationSnapshotV1, PassportKeyContactV1, PassportVisitReportV1 } from '@icn/contracts';
import { assertOrganisationScope, decodeKeysetCursor, DomainNotFoundError, toKeysetPage, type Principal } from '@icn/platform';
import { Injectable } from '@nestjs/common';
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
import { DeskReservationRepository } from './persistence/desk-reservation.repository';
import { HostCapacityRepository } from './persistence/host-capacity.repository';
import { PassportApplicationRepository } from './persistence/passport-application.repository';
import { PassportApplicationAggregate } from './persistence/passport-application.aggregate';
import { DirectoryLookup } from '../directory/persistence/directory-lookup';

/**
 * Passport commands. @Roles on the controller says who may call which; here each command checks
 * that the caller's scope covers *this* application (applicant side or host side) on fresh state.
 */
@Injectable()
export class PassportApplicationsService {
  constructor(
    private readonly applications: PassportApplicationRepository,
    private readonly aggregate: PassportApplicationAggregate,
    private readonly directory: DirectoryLookup,
    private readonly desks: DeskReservationRepository,
    private readonly capacities: HostCapacityRepository,
  ) {}

  /** The domain may refuse the request itself (own cluster as host, a stay in the past): a 400. */
  async submit(principal: Principal, dto: SubmitPassportApplicationDto): Promise<PassportApplicationSnapshotV1> {
    const organisation = await this.directory.findOrganisation(dto.organisationId);
    if (organisation === null) throw new DomainNotFoundError(`organisation ${dto.organisationId} not found`);
    // Scope before anything else about the host: a caller learns nothing about others' members.
    assertOrganisationScope(principal, organisation, 'manage');
    const hostCluster = await this.directory.findCluster(dto.hostClusterId);
    if (hostCluster === null) throw new DomainNotFoundError(`cluster ${dto.hostClusterId} not found`);
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
    return toSnapshot(await this.aggregate.create(change));
  }

  async get(principal: Principal, applicationId: string): Promise<PassportApplicationSnapshotV1> {
    const application = await this.aggregate.find(applicationId);
    if (application === null) throw new DomainNotFoundError(`Passport application ${applicationId} not found`);
    assertReadable(principal, application);
    return toSnapshot(application);
  }

  /** The applications the caller may see (listScope), filtered, newest first, one page at a time. */
  async list(principal: Principal, query: ListPassportApplicationsQuery): Promise<PassportApplicationPage> {
    const limit = query.limit ?? DEFAULT_APPLICATION_PAGE_SIZE;
    // A cursor this endpoint did not issue is a 400 naming `cursor`.
    const after = decodeKeysetCursor(query.cursor);
    const { hostClusterId, organisationId, status, year } = query;
    const rows = await this.applications.page(listScope(principal), { hostClusterId, organisationId, status, year }, after, limit);
    const page = toKeysetPage(rows, limit, (row) => ({ key: row.submittedAt, id: row.applicationId }));
    return { items: page.items.map(toSnapshot), nextCursor: page.nextCursor };
  }

  /**
   * Acceptance takes the desks while deciding (unique `_id` inserts, see reserveDesks), so it is
   * decided on the newest state and the desks the newest capacity allows. Desks an attempt took
   * and no commit holds are given back: when its commit loses (the write path then decides again
   * and takes them again), and when the command fails; a crash in between leaves them to the
   * sweeper (DeskReservationSweeper).
   */
  async accept(principal: Principal, applicationId: string, keyContacts: PassportKeyContactV1[]): Promise<PassportApplicationSnapshotV1> {
    let uncommitted: string[] = [];
    const giveBack = async (): Promise<void> => {
      const taken = uncommitted;
      uncommitted = [];
      await this.releaseUnheld(applicationId, taken);
    };
    try {
      const accepted = await this.aggregate.modify(
        applicationId,
        async (current) => {
          assertHostSide(principal, current);
          assertAcceptable(current);
          let reserved: string[] = [];
          if (wantsDesk(current)) {
            const { desksPerDay } = await this.capacities.get(current.hostClusterId);
            reserved = await reserveDesks(this.desks, { hostClusterId: current.hostClusterId, applicationId, days: daysOfStay(current.from, current.to), desksPerDay });
            uncommitted = reserved;
          }
          return acceptApplication(current, keyContacts, reserved, new Date());
        },
        { onCommitLost: giveBack },
      );
      return toSnapshot(accepted);
    } catch (error) {
      await giveBack();
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
    const cancelled = await this.aggregate.modify(applicationId, (current) => {
      const change = cancelApplication(current, cancellingParty(principal, current), reason, new Date());
      // The attempt that commits sets it last: the desks of the state the cancellation was decided on.
      held = current.deskReservationIds;
      return change;
    });
    await this.desks.release(applicationId, held);
    return toSnapshot(cancelled);
  }

  private async hostTransition(
    principal: Principal,
    applicationId: string,
    apply: (current: PassportApplicationState, now: Date) => Change<PassportApplicationState>,
  ): Promise<PassportApplicationSnapshotV1> {
    const next = await this.aggregate.modify(applicationId, (current) => {
      assertHostSide(principal, current);
      return apply(current, new Date());
    });
    return toSnapshot(next);
  }

  /**
   * Gives back desks this application took but does not hold in its newest state. The newest state
   * may hold them after all: another replica accepting the same application (a retried request)
   * reuses the very same reservations and may have committed first.
   */
  private async releaseUnheld(applicationId: string, reservationIds: readonly string[]): Promise<void> {
    if (reservationIds.length === 0) return;
    const held = new Set((await this.aggregate.find(applicationId))?.deskReservationIds ?? []);
    await this.desks.release(
      applicationId,
      reservationIds.filter((reservationId) => !held.has(reservationId)),
    );
  }
}
