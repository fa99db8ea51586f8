import { assertClusterScope, DomainNotFoundError, type Principal } from '@icn/platform';
import { Injectable } from '@nestjs/common';
import { HostCapacityRepository, type HostCapacity } from './persistence/host-capacity.repository';
import { DirectoryLookup } from '../directory/persistence/directory-lookup';

/** Host-side settings: how many desks a host cluster offers visitors per day. */
@Injectable()
export class PassportHostsService {
  constructor(
    private readonly capacities: HostCapacityRepository,
    private readonly directory: DirectoryLookup,
  ) {}

  async capacity(hostClusterId: string): Promise<HostCapacity> {
    await this.requireCluster(hostClusterId);
    return this.capacities.get(hostClusterId);
  }

  async setCapacity(principal: Principal, hostClusterId: string, desksPerDay: number): Promise<HostCapacity> {
    // Scope first: a manager learns nothing about clusters it does not manage.
    assertClusterScope(principal, hostClusterId, 'manage');
    await this.requireCluster(hostClusterId);
    return this.capacities.set(hostClusterId, desksPerDay, principal.subject, new Date());
  }

  private async requireCluster(clusterId: string): Promise<void> {
    if ((await this.directory.findCluster(clusterId)) === null) throw new DomainNotFoundError(`cluster ${clusterId} not found`);
  }
}
