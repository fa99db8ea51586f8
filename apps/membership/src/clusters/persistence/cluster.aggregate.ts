import { WritePath, type Aggregate, type Change, type Decide } from '@icn/messaging';
import { DomainConflictError } from '@icn/platform';
import { Injectable } from '@nestjs/common';
import { MEMBERSHIP_EVENT_SOURCE } from '../../membership-event-source';
import type { ClusterState } from '../domain/cluster';
import { ClusterRepository } from './cluster.repository';

/**
 * The one way a cluster changes (ADR 12): each command is decided on the cluster's newest state and
 * committed with its event through the write path, which publishes it in version order. Registered
 * at construction, so a restarted replica can repair cluster snapshots.
 */
@Injectable()
export class ClusterAggregate {
  private readonly aggregate: Aggregate<ClusterState>;

  constructor(writePath: WritePath, repository: ClusterRepository) {
    this.aggregate = writePath.aggregate<ClusterState>({
      name: 'cluster',
      source: MEMBERSHIP_EVENT_SOURCE,
      snapshots: repository.snapshots,
      idOf: (state) => state.clusterId,
    });
  }

  /** The newest state (never behind its commits), or null. */
  find(clusterId: string): Promise<ClusterState | null> {
    return this.aggregate.find(clusterId);
  }

  /** 409 when the slug is taken (by a cluster registered now or ever). */
  async register(change: Change<ClusterState>): Promise<ClusterState> {
    try {
      return await this.aggregate.create(change);
    } catch (error) {
      // The write path's generic "already exists"; the API has always said it in the secretariat's words.
      if (error instanceof DomainConflictError) throw new DomainConflictError(`cluster ${change.state.clusterId} is already registered`);
      throw error;
    }
  }

  /** 404 when absent; `decide` may return null (nothing changed) or throw domain errors. */
  modify(clusterId: string, decide: Decide<ClusterState>): Promise<ClusterState> {
    return this.aggregate.modify(clusterId, decide);
  }
}
