import type { Change } from '@icn/messaging';
import {
  decodeKeysetCursor,
  DEFAULT_PAGE_SIZE,
  DomainAccessDeniedError,
  DomainNotFoundError,
  DomainValidationError,
  toKeysetPage,
  type Principal,
} from '@icn/platform';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { assertOrganiserSide } from './domain/mission-access';
import type { MissionState } from './domain/mission';
import {
  cancelMission,
  closeCall,
  completeMission,
  createMission,
  decideSelection,
  openCall,
  publishSelection,
  type SelectionDecision,
} from './domain/mission-lifecycle';
import type { CreateMissionDto } from './http/create-mission.dto';
import type { ListMissionsQuery } from './http/list-missions.query';
import { toMissionView } from './http/mission-view.mapper';
import type { MissionPageView, MissionView } from './http/mission.view';
import { MissionRepository } from './persistence/mission.repository';
import { MissionAggregate } from './persistence/mission.aggregate';
import { DirectoryLookup } from '../directory/persistence/directory-lookup';

/**
 * Mission commands run by the organiser side (create, call, selection, cancel, complete) and the
 * reads open to every principal. @Roles on the controller says who may call which; here each
 * command checks that the caller's scope covers *this* mission, on fresh state.
 */
@Injectable()
export class MissionsService {
  constructor(
    private readonly missions: MissionRepository,
    private readonly aggregate: MissionAggregate,
    private readonly directory: DirectoryLookup,
  ) {}

  /** The domain may refuse the request itself (dates, cut-off, time zone): a 400 naming the field. */
  async create(principal: Principal, dto: CreateMissionDto): Promise<MissionView> {
    const organiserClusterId = organiserOf(principal, dto.organiserClusterId);
    if ((await this.directory.findCluster(organiserClusterId)) === null) throw new DomainNotFoundError(`cluster ${organiserClusterId} not found`);
    if ((await this.directory.findCluster(dto.hostClusterId)) === null) throw new DomainNotFoundError(`cluster ${dto.hostClusterId} not found`);
    const now = new Date();
    const change = createMission(
      {
        missionId: randomUUID(),
        title: dto.title,
        theme: dto.theme,
        description: dto.description,
        organiserClusterId,
        hostClusterId: dto.hostClusterId,
        destination: { city: dto.destination.city, country: dto.destination.country },
        from: dto.from,
        to: dto.to,
        timeZone: dto.timeZone,
        capacity: dto.capacity,
        callCutOff: dto.callCutOff,
        createdBy: principal.subject,
      },
      now,
    );
    return toMissionView(principal, await this.aggregate.create(change), now);
  }

  async get(principal: Principal, missionId: string): Promise<MissionView> {
    const mission = await this.aggregate.find(missionId);
    if (mission === null) throw new DomainNotFoundError(`mission ${missionId} not found`);
    return toMissionView(principal, mission, new Date());
  }

  async list(principal: Principal, query: ListMissionsQuery): Promise<MissionPageView> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    // A cursor this endpoint did not issue is a 400 naming `cursor`.
    const after = decodeKeysetCursor(query.cursor);
    const rows = await this.missions.findPage({ status: query.status, hostClusterId: query.hostClusterId }, { limit, after });
    const page = toKeysetPage(rows, limit, (mission) => ({ key: mission.from, id: mission.missionId }));
    const now = new Date();
    return { items: page.items.map((mission) => toMissionView(principal, mission, now)), nextCursor: page.nextCursor };
  }

  openCall(principal: Principal, missionId: string): Promise<MissionView> {
    return this.organiserCommand(principal, missionId, (current, now) => openCall(current, now));
  }

  closeCall(principal: Principal, missionId: string): Promise<MissionView> {
    return this.organiserCommand(principal, missionId, (current, now) => closeCall(current, now));
  }

  decideSelection(principal: Principal, missionId: string, decision: SelectionDecision): Promise<MissionView> {
    return this.organiserCommand(principal, missionId, (current, now) => decideSelection(current, decision, now));
  }

  publishSelection(principal: Principal, missionId: string): Promise<MissionView> {
    return this.organiserCommand(principal, missionId, (current, now) => publishSelection(current, now));
  }

  cancel(principal: Principal, missionId: string, reason: string | undefined): Promise<MissionView> {
    return this.organiserCommand(principal, missionId, (current, now) => cancelMission(current, reason, now));
  }

  complete(principal: Principal, missionId: string): Promise<MissionView> {
    return this.organiserCommand(principal, missionId, (current, now) => completeMission(current, now));
  }

  private async organiserCommand(
    principal: Principal,
    missionId: string,
    apply: (current: MissionState, now: Date) => Change<MissionState>,
  ): Promise<MissionView> {
    const now = new Date();
    const next = await this.aggregate.modify(missionId, (current) => {
      assertOrganiserSide(principal, current);
      return apply(current, now);
    });
    return toMissionView(principal, next, now);
  }
}

/**
 * The organiser cluster: a cluster manager organises for its own cluster (naming another is a
 * 403, like any out-of-scope write); the secretariat acts for the network and must say for which.
 */
function organiserOf(principal: Principal, requested: string | undefined): string {
  if (principal.role === 'network-admin') {
    if (requested === undefined) throw new DomainValidationError('organiserClusterId', 'the secretariat must name the organiser cluster');
    return requested;
  }
  if (principal.role !== 'cluster-manager' || principal.clusterId === undefined) throw new DomainAccessDeniedError('You do not have access to this resource');
  if (requested !== undefined && requested !== principal.clusterId) throw new DomainAccessDeniedError('You do not have access to this resource');
  return principal.clusterId;
}
