import type { Change } from '@icn/messaging';
import { assertOrganisationScope, type Principal } from '@icn/platform';
import { Injectable } from '@nestjs/common';
import type { OrganisationState } from './domain/organisation';
import { leaveCluster, reinstateOrganisation, suspendOrganisation } from './domain/organisation-lifecycle';
import { OrganisationAggregate } from './persistence/organisation.aggregate';

/**
 * Suspend / reinstate / leave. Who may call which is decided by @Roles on the controller (members
 * cannot suspend themselves); here we check that the caller's scope covers *this* organisation.
 */
@Injectable()
export class OrganisationLifecycleService {
  constructor(private readonly organisations: OrganisationAggregate) {}

  suspend(principal: Principal, organisationId: string, reason: string): Promise<OrganisationState> {
    return this.transition(principal, organisationId, (current, now) => suspendOrganisation(current, reason, now));
  }

  reinstate(principal: Principal, organisationId: string): Promise<OrganisationState> {
    return this.transition(principal, organisationId, (current, now) => reinstateOrganisation(current, now));
  }

  leave(principal: Principal, organisationId: string, reason: string | undefined): Promise<OrganisationState> {
    return this.transition(principal, organisationId, (current, now) => leaveCluster(current, reason, now));
  }

  private transition(
    principal: Principal,
    organisationId: string,
    apply: (current: OrganisationState, now: Date) => Change<OrganisationState>,
  ): Promise<OrganisationState> {
    return this.organisations.modify(organisationId, (current) => {
      assertOrganisationScope(principal, current, 'manage');
      return apply(current, new Date());
    });
  }
}
