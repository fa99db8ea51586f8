import { randomUUID } from 'node:crypto';
import type { ClusterInput, OrganisationInput } from './factories';
import { expectStatus, HttpClient, HttpResponse } from './http-client';
import { fetchAllPages } from './page';

/** What membership answers for an organisation (the fields the scenarios compare). */
export interface MembershipOrganisation extends OrganisationInput {
  organisationId: string;
  status: string;
  joinedAt: string;
  version: number;
}

/**
 * Membership's REST API as a network admin sees it (clusters) and as the cluster's manager sees
 * it (organisations) — the same split of roles as production, so the scenarios exercise scoping.
 */
export class MembershipApi {
  constructor(
    private readonly admin: HttpClient,
    private readonly manager: HttpClient,
  ) {}

  async registerCluster(input: ClusterInput): Promise<void> {
    expectStatus(await this.admin.post('/clusters', input), 201, `POST /clusters ${input.clusterId}`);
  }

  /** Returns the raw response; fault scenarios count statuses and transport errors themselves. */
  joinOrganisation(input: OrganisationInput, idempotencyKey: string = randomUUID()): Promise<HttpResponse<MembershipOrganisation>> {
    return this.manager.post<MembershipOrganisation>('/organisations', input, { headers: { 'idempotency-key': idempotencyKey } });
  }

  updateOrganisation(organisationId: string, patch: Partial<OrganisationInput>): Promise<HttpResponse<MembershipOrganisation>> {
    return this.manager.patch<MembershipOrganisation>(`/organisations/${organisationId}`, patch);
  }

  async getOrganisation(organisationId: string): Promise<HttpResponse<MembershipOrganisation>> {
    return this.manager.get<MembershipOrganisation>(`/organisations/${organisationId}`);
  }

  listOrganisations(clusterId: string): Promise<MembershipOrganisation[]> {
    return fetchAllPages<MembershipOrganisation>(this.manager, '/organisations', { clusterId });
  }
}
