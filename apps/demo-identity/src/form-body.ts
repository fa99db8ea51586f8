import type { IncomingMessage } from 'node:http';

/** A sign-in form is two short fields; anything bigger is not one. */
const FORM_BODY_LIMIT_BYTES = 4 * 1024;
/** Past this, an oversized body is not even drained: the connection is dropped. */
const DRAIN_LIMIT_BYTES = 64 * 1024;

/**
 * Reads an `application/x-www-form-urlencoded` body, or answers undefined when the request is not
 * one or is too big (the caller answers 400). An oversized body is drained, not kept, so the answer
 * can still be written on the same connection.
 */
export async function readFormBody(request: IncomingMessage): Promise<URLSearchParams | undefined> {
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > DRAIN_LIMIT_BYTES) {
      request.destroy();
      return undefined;
    }
    if (size <= FORM_BODY_LIMIT_BYTES) chunks.push(chunk as Buffer);
  }
  if (type !== 'application/x-www-form-urlencoded' || size > FORM_BODY_LIMIT_BYTES) return undefined;
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}
