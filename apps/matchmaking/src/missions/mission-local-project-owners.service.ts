import type { LocalProjectOwnerV1 } from '@icn/contracts';
import { DomainNotFoundError, type Principal } from '@icn/platform';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { assertHostSide } from './domain/mission-access';
import { addLocalProjectOwner, removeLocalProjectOwner } from './domain/mission-lifecycle';
import type { AddLocalProjectOwnerDto } from './http/add-local-project-owner.dto';
import { toMissionView } from './http/mission-view.mapper';
import type { MissionView } from './http/mission.view';
import { MissionAggregate } from './persistence/mission.aggregate';
import { DirectoryLookup } from '../directory/persistence/directory-lookup';

/** Local project owners at the destination, listed by the host cluster's manager (or the secretariat). */
@Injectable()
export class MissionLocalProjectOwnersService {
  constructor(
    private readonly aggregate: MissionAggregate,
    private readonly directory: DirectoryLookup,
  ) {}

  async add(principal: Principal, missionId: string, dto: AddLocalProjectOwnerDto): Promise<LocalProjectOwnerV1> {
    if (dto.organisationId !== undefined && (await this.directory.findOrganisation(dto.organisationId)) === null) {
      throw new DomainNotFoundError(`organisation ${dto.organisationId} not found`);
    }
    const ownerId = randomUUID();
    const next = await this.aggregate.modify(missionId, (current) => {
      assertHostSide(principal, current);
      return addLocalProjectOwner(
        current,
        {
          ownerId,
          name: dto.name,
          organisationId: dto.organisationId,
          projectDescription: dto.projectDescription,
          needs: dto.needs,
          contactPerson: { name: dto.contactPerson.name, email: dto.contactPerson.email, phone: dto.contactPerson.phone },
          addedBy: principal.subject,
        },
        new Date(),
      );
    });
    const added = next.localProjectOwners.find((owner) => owner.ownerId === ownerId);
    if (added === undefined) throw new Error(`owner ${ownerId} missing right after it was added`);
    return added;
  }

  async remove(principal: Principal, missionId: string, ownerId: string): Promise<MissionView> {
    const now = new Date();
    const next = await this.aggregate.modify(missionId, (current) => {
      assertHostSide(principal, current);
      if (!current.localProjectOwners.some((owner) => owner.ownerId === ownerId)) {
        throw new DomainNotFoundError(`local project owner ${ownerId} not found in mission ${missionId}`);
      }
      return removeLocalProjectOwner(current, ownerId, now);
    });
    return toMissionView(principal, next, now);
  }
}
