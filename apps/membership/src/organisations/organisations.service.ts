import { assertClusterScope, assertOrganisationScope, DEFAULT_PAGE_SIZE, type Principal } from '@icn/platform';
import { Injectable, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ClustersService } from '../clusters/clusters.service';
import { AggregateWriter } from '../common/aggregate-writer';
import { decodeCursor, toPage, type Page } from '../common/cursor';
import type { ListOrganisationsQuery } from './dto/list-organisations.query';
import type { JoinOrganisationDto } from './dto/join-organisation.dto';
import type { UpdateOrganisationDto } from './dto/update-organisation.dto';
import type { OrganisationState } from './organisation';
import { joinOrganisation, updateProfile } from './organisation-membership';
import { OrganisationRepository } from './organisation.repository';

/** Joining, profile updates and the member directory. Lifecycle and contacts have their own services. */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly clusters: ClustersService,
    private readonly writer: AggregateWriter,
  ) {}

  async join(principal: Principal, dto: JoinOrganisationDto): Promise<OrganisationState> {
    // Scope first: a cluster-manager learns nothing about clusters it does not manage.
    assertClusterScope(principal, dto.clusterId, 'manage');
    await this.clusters.requireOpenForMembers(dto.clusterId);
    const organisationId = randomUUID();
    const change = joinOrganisation({
      organisationId,
      clusterId: dto.clusterId,
      profile: {
        name: dto.name,
        helixType: dto.helixType,
        companySize: dto.companySize,
        country: dto.country,
        city: dto.city,
        website: dto.website,
        description: dto.description,
        sectors: dto.sectors ?? [],
        technologies: dto.technologies ?? [],
        offers: dto.offers ?? [],
        needs: dto.needs ?? [],
        trl: dto.trl,
      },
      contacts: (dto.contacts ?? []).map((contact) => ({ ...contact, contactId: randomUUID() })),
      now: new Date(),
    });
    return this.writer.create(this.organisations, organisationId, change);
  }

  update(principal: Principal, organisationId: string, dto: UpdateOrganisationDto): Promise<OrganisationState> {
    return this.writer.modify(this.organisations, 'organisation', organisationId, (current) => {
      assertOrganisationScope(principal, current, 'manage');
      return updateProfile(current, { ...dto }, new Date());
    });
  }

  async get(organisationId: string): Promise<OrganisationState> {
    const organisation = await this.organisations.findById(organisationId);
    if (organisation === null) throw new NotFoundException(`organisation ${organisationId} not found`);
    return organisation;
  }

  async list(query: ListOrganisationsQuery): Promise<Page<OrganisationState>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.organisations.list(query, limit + 1, decodeCursor(query.cursor));
    return toPage(rows, limit, (organisation) => organisation.organisationId);
  }
}
