import { randomUUID } from 'node:crypto';
import type { ClusterInput, OrganisationInput } from './factories';
import { expectStatus, HttpClient, HttpResponse } from './http-client';
import { fetchAllPages } from './page';
import { sleep } from './wait-for';

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

  /**
   * Returns the raw response; fault scenarios count statuses and transport errors themselves. With
   * `retryForMs`, a transport error or 5xx is retried with the SAME Idempotency-Key, as a careful
   * client would: the shared infrastructure may blip, and the retry must still have one effect.
   */
  joinOrganisation(input: OrganisationInput, options: { retryForMs?: number } = {}): Promise<HttpResponse<MembershipOrganisation>> {
    const headers = { 'idempotency-key': randomUUID() };
    return retryTransient(() => this.manager.post<MembershipOrganisation>('/organisations', input, { headers }), options.retryForMs ?? 0);
  }

  /** A PATCH sets absolute values, so repeating one after an unknown outcome has no second effect. */
  updateOrganisation(
    organisationId: string,
    patch: Partial<OrganisationInput>,
    options: { retryForMs?: number } = {},
  ): Promise<HttpResponse<MembershipOrganisation>> {
    return retryTransient(() => this.manager.patch<MembershipOrganisation>(`/organisations/${organisationId}`, patch), options.retryForMs ?? 0);
  }

  async getOrganisation(organisationId: string): Promise<HttpResponse<MembershipOrganisation>> {
    return this.manager.get<MembershipOrganisation>(`/organisations/${organisationId}`);
  }

  listOrganisations(clusterId: string): Promise<MembershipOrganisation[]> {
    return fetchAllPages<MembershipOrganisation>(this.manager, '/organisations', { clusterId });
  }
}

async function retryTransient<T>(request: () => Promise<HttpResponse<T>>, retryForMs: number): Promise<HttpResponse<T>> {
  const deadline = Date.now() + retryForMs;
  for (;;) {
    try {
      const response = await request();
      if (response.status < 500 || Date.now() >= deadline) return response;
    } catch (error) {
      if (Date.now() >= deadline) throw error;
    }
    await sleep(1_000);
  }
}
