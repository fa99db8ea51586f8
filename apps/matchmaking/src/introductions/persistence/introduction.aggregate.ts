import { WritePath, type Aggregate, type Change, type CommandOptions, type Decide } from '@icn/messaging';
import { Injectable } from '@nestjs/common';
import { MATCHMAKING_EVENT_SOURCE } from '../../matchmaking-event-source';
import type { IntroductionState } from '../domain/introduction';
import { IntroductionRepository } from './introduction.repository';

/**
 * The one way an introduction changes (ADR 12): every command is decided on the newest state and
 * committed through the write path, which publishes its events in version order. Registered at
 * construction so a restarted replica can repair its snapshots.
 */
@Injectable()
export class IntroductionAggregate {
  private readonly aggregate: Aggregate<IntroductionState>;

  constructor(writePath: WritePath, repository: IntroductionRepository) {
    this.aggregate = writePath.aggregate<IntroductionState>({
      name: 'introduction',
      source: MATCHMAKING_EVENT_SOURCE,
      snapshots: repository.snapshots,
      idOf: (state) => state.introductionId,
    });
  }

  /** The newest state (never behind its commits), or null. */
  find(introductionId: string): Promise<IntroductionState | null> {
    return this.aggregate.find(introductionId);
  }

  /**
   * Creates, or changes, or does nothing: `decide` sees null when the introduction does not exist
   * (a request claims its pending pair there; `onCommitLost` gives the pair back).
   */
  upsert(introductionId: string, decide: Decide<IntroductionState, IntroductionState | null>, options?: CommandOptions<IntroductionState>): Promise<IntroductionState | null> {
    return this.aggregate.upsert(introductionId, decide, options);
  }

  create(change: Change<IntroductionState>): Promise<IntroductionState> {
    return this.aggregate.create(change);
  }

  /** 404 when absent; `decide` may throw domain errors. */
  modify(introductionId: string, decide: Decide<IntroductionState>): Promise<IntroductionState> {
    return this.aggregate.modify(introductionId, decide);
  }
}
