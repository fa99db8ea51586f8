import type { IncomingMessage, ServerResponse } from 'node:http';
import { findTooDeepJsonPath } from './json-depth';

/** body-parser's `type` for a JSON body nested deeper than HTTP_JSON_MAX_DEPTH (a 400). */
export const JSON_TOO_DEEP = 'entity.too.deep';

/**
 * Thrown from body-parser's `verify` hook; body-parser keeps its `status` and `type` and hands it
 * to the platform's body-parser error middleware, which answers 400 naming `path`.
 */
export class JsonTooDeepError extends Error {
  readonly status = 400;
  readonly type = JSON_TOO_DEEP;

  constructor(
    readonly path: string,
    readonly maxDepth: number,
  ) {
    super(`Request body nests deeper than ${maxDepth} levels at ${path}`);
  }
}

type VerifyHook = (req: IncomingMessage, res: ServerResponse, body: Buffer, encoding: string) => void;

/** A body-parser `verify` hook that refuses JSON nested deeper than `maxDepth` before it is parsed. */
export function jsonDepthGuard(maxDepth: number): VerifyHook {
  return (_req, _res, body, encoding) => {
    const text = body.toString(Buffer.isEncoding(encoding) ? encoding : 'utf8');
    const path = findTooDeepJsonPath(text, maxDepth);
    if (path !== undefined) throw new JsonTooDeepError(path, maxDepth);
  };
}
