import { WritePath, type Aggregate, type Change, type Decide } from '@icn/messaging';
import { Injectable } from '@nestjs/common';
import { MEMBERSHIP_EVENT_SOURCE } from '../../membership-event-source';
import type { OrganisationState } from '../domain/organisation';
import { OrganisationRepository } from './organisation.repository';

/**
 * The one way an organisation changes — profile, lifecycle and contacts alike (ADR 12): each command
 * is decided on the organisation's newest state and committed with its event through the write
 * path; a command that loses its version to another writer (this replica or another) is decided
 * again on the winner's state. Registered at construction, so a restarted replica can repair
 * organisation snapshots.
 */
@Injectable()
export class OrganisationAggregate {
  private readonly aggregate: Aggregate<OrganisationState>;

  constructor(writePath: WritePath, repository: OrganisationRepository) {
    this.aggregate = writePath.aggregate<OrganisationState>({
      name: 'organisation',
      source: MEMBERSHIP_EVENT_SOURCE,
      snapshots: repository.snapshots,
      idOf: (state) => state.organisationId,
    });
  }

  /** The newest state (never behind its commits), or null. */
  find(organisationId: string): Promise<OrganisationState | null> {
    return this.aggregate.find(organisationId);
  }

  /** 409 if an organisation with this id exists (ids are fresh UUIDs, so only a bug repeats one). */
  create(change: Change<OrganisationState>): Promise<OrganisationState> {
    return this.aggregate.create(change);
  }

  /** 404 when absent; `decide` may return null (nothing changed) or throw domain errors. */
  modify(organisationId: string, decide: Decide<OrganisationState>): Promise<OrganisationState> {
    return this.aggregate.modify(organisationId, decide);
  }
}
