import type { MissionApplicationV1 } from '@icn/contracts';
import { assertOrganisationScope, DomainConflictError, DomainNotFoundError, type Principal } from '@icn/platform';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { assertApplicantSide } from './domain/mission-access';
import { applicationOf, submitApplication, withdrawApplication } from './domain/mission-lifecycle';
import type { ApplyToMissionDto } from './http/apply-to-mission.dto';
import { toMissionView } from './http/mission-view.mapper';
import type { MissionView } from './http/mission.view';
import { MissionAggregate } from './persistence/mission.aggregate';
import { DirectoryLookup } from '../directory/persistence/directory-lookup';

/**
 * Applications to a mission: an organisation applies (the member for itself, its cluster manager
 * for it, or the secretariat) and may withdraw. Both are changes of the mission aggregate, decided
 * on the mission's newest state (ADR 12), so "one application per organisation" holds under concurrent requests.
 */
@Injectable()
export class MissionApplicationsService {
  constructor(
    private readonly aggregate: MissionAggregate,
    private readonly directory: DirectoryLookup,
  ) {}

  async apply(principal: Principal, missionId: string, dto: ApplyToMissionDto): Promise<MissionApplicationV1> {
    const organisation = await this.directory.findOrganisation(dto.organisationId);
    if (organisation === null) throw new DomainNotFoundError(`organisation ${dto.organisationId} not found`);
    // Scope before anything else about the mission: a caller learns nothing about others' members.
    assertOrganisationScope(principal, organisation, 'manage');
    if (organisation.status !== 'active') {
      throw new DomainConflictError(`organisation ${organisation.organisationId} is ${organisation.status}; only active members can apply to missions`);
    }
    const applicationId = randomUUID();
    const next = await this.aggregate.modify(missionId, (current) =>
      submitApplication(
        current,
        {
          applicationId,
          organisationId: organisation.organisationId,
          organisationName: organisation.name,
          clusterId: organisation.clusterId,
          motivation: dto.motivation,
          travellers: dto.travellers,
          submittedBy: principal.subject,
        },
        new Date(),
      ),
    );
    return applicationOf(next, applicationId);
  }

  async withdraw(principal: Principal, missionId: string, applicationId: string): Promise<MissionView> {
    const now = new Date();
    const next = await this.aggregate.modify(missionId, (current) => {
      const application = current.applications.find((candidate) => candidate.applicationId === applicationId);
      if (application === undefined) throw new DomainNotFoundError(`application ${applicationId} not found in mission ${missionId}`);
      assertApplicantSide(principal, application);
      return withdrawApplication(current, applicationId, now);
    });
    return toMissionView(principal, next, now);
  }
}
