import { expectStatus, HttpClient } from './http-client';

/** The list-response shape both services use: keyset pages with an opaque cursor. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Follows `nextCursor` until the last page and returns every item. */
export async function fetchAllPages<T>(client: HttpClient, path: string, query: Record<string, string>, pageSize = 100): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const params: URLSearchParams = new URLSearchParams({ ...query, limit: String(pageSize), ...(cursor !== null && { cursor }) });
    const page: Page<T> = expectStatus(await client.get<Page<T>>(`${path}?${params.toString()}`), 200, `GET ${path}`);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return items;
}
