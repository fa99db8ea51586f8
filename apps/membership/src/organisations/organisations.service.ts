import { assertClusterScope, assertOrganisationScope, decodeKeysetCursor, DEFAULT_PAGE_SIZE, DomainNotFoundError, toKeysetPage, type KeysetPage, type Principal } from '@icn/platform';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ClustersService } from '../clusters/clusters.service';
import type { OrganisationState } from './domain/organisation';
import { joinOrganisation, updateProfile } from './domain/organisation-membership';
import type { JoinOrganisationDto } from './http/join-organisation.dto';
import type { ListOrganisationsQuery } from './http/list-organisations.query';
import type { UpdateOrganisationDto } from './http/update-organisation.dto';
import { OrganisationAggregate } from './persistence/organisation.aggregate';
import { OrganisationRepository } from './persistence/organisation.repository';

/** Joining, profile updates and the member directory. Lifecycle and contacts have their own services. */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly organisations: OrganisationAggregate,
    private readonly repository: OrganisationRepository,
    private readonly clusters: ClustersService,
  ) {}

  async join(principal: Principal, dto: JoinOrganisationDto): Promise<OrganisationState> {
    // Scope first: a cluster-manager learns nothing about clusters it does not manage.
    assertClusterScope(principal, dto.clusterId, 'manage');
    await this.clusters.requireOpenForMembers(dto.clusterId);
    const change = joinOrganisation({
      organisationId: randomUUID(),
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
    return this.organisations.create(change);
  }

  update(principal: Principal, organisationId: string, dto: UpdateOrganisationDto): Promise<OrganisationState> {
    return this.organisations.modify(organisationId, (current) => {
      // Against the stored organisation (decided again on a newer one after a lost claim), never the request.
      assertOrganisationScope(principal, current, 'manage');
      return updateProfile(current, { ...dto }, new Date());
    });
  }

  async get(organisationId: string): Promise<OrganisationState> {
    const organisation = await this.organisations.find(organisationId);
    if (organisation === null) throw new DomainNotFoundError(`organisation ${organisationId} not found`);
    return organisation;
  }

  /** Id order; the id is both the keyset's sort key and its tie-breaker. */
  async list(query: ListOrganisationsQuery): Promise<KeysetPage<OrganisationState>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.repository.list(query, limit + 1, decodeKeysetCursor(query.cursor));
    return toKeysetPage(rows, limit, (organisation) => ({ key: organisation.organisationId, id: organisation.organisationId }));
  }
}
