import type { ServerResponse } from 'node:http';

/** The platform's error body (libs/platform ErrorBody), so the web application reads one shape. */
export function sendError(response: ServerResponse, statusCode: number, error: string, message: string, headers: Record<string, string | string[]> = {}): void {
  sendJson(response, statusCode, { statusCode, error, message }, headers);
}

export function sendJson(response: ServerResponse, statusCode: number, body: unknown, headers: Record<string, string | string[]> = {}): void {
  const payload = JSON.stringify(body);
  response.writeHead(statusCode, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
    'cache-control': 'no-store',
  });
  response.end(payload);
}

export function redirect(response: ServerResponse, location: string, cookies: string[] = []): void {
  response.writeHead(303, { location, 'cache-control': 'no-store', ...(cookies.length > 0 && { 'set-cookie': cookies }) });
  response.end();
}
