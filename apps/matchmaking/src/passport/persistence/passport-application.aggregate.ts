import { WritePath, type Aggregate, type Change, type CommandOptions, type Decide } from '@icn/messaging';
import { Injectable } from '@nestjs/common';
import { MATCHMAKING_EVENT_SOURCE } from '../../matchmaking-event-source';
import type { PassportApplicationState } from '../domain/passport-application';
import { PassportApplicationRepository } from './passport-application.repository';

/**
 * The one way a Passport application changes (ADR 12): every command is decided on the newest state
 * and committed through the write path, which publishes its events in version order. A host's desks
 * are not part of the aggregate: acceptance claims them (unique `_id`s) while deciding and passes
 * `onCommitLost` to give them back when its commit loses. Registered at construction so a restarted
 * replica can repair its snapshots.
 */
@Injectable()
export class PassportApplicationAggregate {
  private readonly aggregate: Aggregate<PassportApplicationState>;

  constructor(writePath: WritePath, repository: PassportApplicationRepository) {
    this.aggregate = writePath.aggregate<PassportApplicationState>({
      name: 'passport-application',
      source: MATCHMAKING_EVENT_SOURCE,
      snapshots: repository.snapshots,
      idOf: (state) => state.applicationId,
    });
  }

  /** The newest state (never behind its commits), or null. */
  find(applicationId: string): Promise<PassportApplicationState | null> {
    return this.aggregate.find(applicationId);
  }

  create(change: Change<PassportApplicationState>): Promise<PassportApplicationState> {
    return this.aggregate.create(change);
  }

  /** 404 when absent; `decide` may be async (acceptance reserves desks) and may throw domain errors. */
  modify(applicationId: string, decide: Decide<PassportApplicationState>, options?: CommandOptions<PassportApplicationState>): Promise<PassportApplicationState> {
    return this.aggregate.modify(applicationId, decide, options);
  }
}
