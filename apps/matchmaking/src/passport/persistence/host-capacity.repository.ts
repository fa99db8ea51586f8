import { DATABASE_CONNECTION } from '@icn/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { Connection, mongo } from 'mongoose';

/** How many visitors a host cluster can seat per day. */
interface HostCapacityDocument {
  /** The host cluster id. */
  _id: string;
  desksPerDay: number;
  updatedAt: string;
  updatedBy: string;
}

export const HOST_CAPACITIES_COLLECTION = 'passport_host_capacities';

/** A host that never configured its capacity still offers a couple of desks, as most clusters do. */
export const DEFAULT_DESKS_PER_DAY = 2;

export interface HostCapacity {
  hostClusterId: string;
  desksPerDay: number;
  /** False while the host uses DEFAULT_DESKS_PER_DAY. */
  configured: boolean;
}

/**
 * Host desk capacities. A plain last-writer-wins setting: lowering it does not evict existing
 * reservations (desks above the new capacity stay held), it only stops new ones being taken there.
 */
@Injectable()
export class HostCapacityRepository {
  private readonly collection: mongo.Collection<HostCapacityDocument>;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection) {
    this.collection = connection.collection<HostCapacityDocument>(HOST_CAPACITIES_COLLECTION);
  }

  async get(hostClusterId: string): Promise<HostCapacity> {
    const document = await this.collection.findOne({ _id: hostClusterId });
    return document === null
      ? { hostClusterId, desksPerDay: DEFAULT_DESKS_PER_DAY, configured: false }
      : { hostClusterId, desksPerDay: document.desksPerDay, configured: true };
  }

  async set(hostClusterId: string, desksPerDay: number, updatedBy: string, now: Date): Promise<HostCapacity> {
    await this.collection.replaceOne({ _id: hostClusterId }, { desksPerDay, updatedBy, updatedAt: now.toISOString() }, { upsert: true });
    return { hostClusterId, desksPerDay, configured: true };
  }
}
