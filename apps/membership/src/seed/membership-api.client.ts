/** The few calls the seed makes against a running membership service, over plain HTTP. */
export class MembershipApiClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  async clusterExists(clusterId: string): Promise<boolean> {
    const response = await this.request('GET', `/clusters/${encodeURIComponent(clusterId)}`);
    if (response.status === 404) return false;
    await this.expectStatus(response, 200, `GET /clusters/${clusterId}`);
    return true;
  }

  async organisationExists(clusterId: string, name: string): Promise<boolean> {
    return (await this.organisationIdOf(clusterId, name)) !== undefined;
  }

  /** The id the service gave an organisation. The name filter is a substring match, so the exact name is checked here. */
  async organisationIdOf(clusterId: string, name: string): Promise<string | undefined> {
    const query = new URLSearchParams({ clusterId, name, limit: '100' });
    const response = await this.request('GET', `/organisations?${query.toString()}`);
    await this.expectStatus(response, 200, 'GET /organisations');
    const page = (await response.json()) as { items: { organisationId: string; name: string }[] };
    return page.items.find((item) => item.name === name)?.organisationId;
  }

  /** POST with an Idempotency-Key, so a seed interrupted mid-request and re-run creates nothing twice. */
  async create(path: string, body: object, idempotencyKey: string): Promise<void> {
    const response = await this.request('POST', path, body, { 'idempotency-key': idempotencyKey });
    await this.expectStatus(response, 201, `POST ${path}`);
  }

  private request(method: string, path: string, body?: object, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: body ? JSON.stringify(body) : undefined,
    });
  }

  private async expectStatus(response: Response, expected: number, what: string): Promise<void> {
    if (response.status !== expected) {
      throw new Error(`${what} answered ${response.status}: ${await response.text()}`);
    }
  }
}
