import type { OrganisationInput } from './factories';
import { expectStatus, HttpClient, HttpResponse } from './http-client';
import { fetchAllPages } from './page';

/**
 * How current a directory entry is (matchmaking's `sync` view): `lastSequence` is membership's
 * version after the last applied event; `appliedEvents` counts the events that changed the entry,
 * so more than membership emitted means something was applied twice.
 */
export interface DirectorySync {
  lastSequence: number;
  appliedEvents: number;
  updatedAt: string;
}

/** Matchmaking's copy of an organisation. */
export interface DirectoryOrganisation extends OrganisationInput {
  organisationId: string;
  status: string;
  joinedAt: string;
  sync: DirectorySync;
}

/** Matchmaking's directory read API (GET /directory/...). */
export class DirectoryApi {
  constructor(private readonly client: HttpClient) {}

  listOrganisations(clusterId: string): Promise<DirectoryOrganisation[]> {
    return fetchAllPages<DirectoryOrganisation>(this.client, '/directory/organisations', { clusterId });
  }

  /** GET /directory/organisations/count — cheap enough to poll while a stream is flowing. */
  async countOrganisations(clusterId: string): Promise<number> {
    const response = await this.client.get<{ total: number }>(`/directory/organisations/count?clusterId=${clusterId}`);
    return expectStatus(response, 200, 'GET /directory/organisations/count').total;
  }

  async hasCluster(clusterId: string): Promise<boolean> {
    const response = await this.client.get(`/directory/clusters/${clusterId}`);
    if (response.status === 404) return false;
    expectStatus(response, 200, `GET /directory/clusters/${clusterId}`);
    return true;
  }

  getOrganisation(organisationId: string): Promise<HttpResponse<DirectoryOrganisation>> {
    return this.client.get<DirectoryOrganisation>(`/directory/organisations/${organisationId}`);
  }
}
