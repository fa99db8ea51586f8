import { expectStatus, HttpClient, HttpResponse } from './http-client';

/** One reason of a match's explanation (matchmaking's MatchReason): what matched, its weight and contribution. */
export interface MatchReason {
  kind: string;
  weight?: number;
  contribution: number;
  [detail: string]: unknown;
}

export interface OrganisationMatch {
  organisationId: string;
  name: string;
  score: number;
  reasons: MatchReason[];
}

/** Matchmaking's rankings (GET /matches/...), best first. */
export class MatchesApi {
  constructor(private readonly client: HttpClient) {}

  /** 404 while matchmaking does not know the opportunity yet: the raw response lets a scenario poll. */
  organisationsForOpportunity(opportunityId: string, limit = 100): Promise<HttpResponse<{ items: OrganisationMatch[] }>> {
    return this.client.get<{ items: OrganisationMatch[] }>(`/matches/opportunities/${opportunityId}/organisations?limit=${limit}`);
  }

  organisationsForOrganisation(organisationId: string, limit = 100): Promise<HttpResponse<{ items: OrganisationMatch[] }>> {
    return this.client.get<{ items: OrganisationMatch[] }>(`/matches/organisations/${organisationId}/organisations?limit=${limit}`);
  }

  /** The ranking, or undefined while the organisation is not (yet) in the directory. */
  async partnersOf(organisationId: string, limit = 100): Promise<OrganisationMatch[] | undefined> {
    const response = await this.organisationsForOrganisation(organisationId, limit);
    if (response.status === 404) return undefined;
    return expectStatus(response, 200, `GET /matches/organisations/${organisationId}/organisations`).items;
  }
}
