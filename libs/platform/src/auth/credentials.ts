/** Credentials found on a request, before they are verified. */
export type PresentedCredentials =
  | { kind: 'none' }
  | { kind: 'bearer'; token: string }
  | { kind: 'api-key'; key: string }
  | { kind: 'malformed'; reason: string };

export const API_KEY_HEADER = 'x-api-key';

function single(value: string | string[] | undefined): string | undefined | null {
  if (Array.isArray(value)) return value.length === 1 ? value[0] : null;
  return value;
}

/**
 * Reads `Authorization: Bearer …` or `X-API-Key`. Sending both is refused: accepting either one
 * would let a proxy-injected header silently change who the caller is.
 */
export function extractCredentials(headers: Record<string, string | string[] | undefined>): PresentedCredentials {
  const authorization = single(headers['authorization']);
  const apiKey = single(headers[API_KEY_HEADER]);
  if (authorization === null || apiKey === null) return { kind: 'malformed', reason: 'repeated credential header' };
  if (authorization !== undefined && apiKey !== undefined) {
    return { kind: 'malformed', reason: 'send either a bearer token or an API key, not both' };
  }
  if (authorization !== undefined) {
    const match = /^Bearer[ ]+([A-Za-z0-9._~+/=-]+)[ ]*$/i.exec(authorization);
    return match ? { kind: 'bearer', token: match[1] } : { kind: 'malformed', reason: 'expected "Authorization: Bearer <token>"' };
  }
  if (apiKey !== undefined) {
    return apiKey.trim() === '' ? { kind: 'malformed', reason: 'empty API key' } : { kind: 'api-key', key: apiKey.trim() };
  }
  return { kind: 'none' };
}
