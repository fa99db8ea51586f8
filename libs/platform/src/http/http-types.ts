import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The slice of Express's request/response the platform middleware touches. `@types/express` is not
 * installed (express 5 ships without types), so the platform states what it relies on instead.
 */
export interface PlatformRequest extends IncomingMessage {
  /** Set by the correlation-id middleware before anything else runs. */
  correlationId?: string;
  /** Set by Express once a route matched: the template, e.g. `/organisations/:id`. */
  route?: { path: string };
  baseUrl?: string;
  originalUrl?: string;
  /** Express: the client's address, following X-Forwarded-For only as far as `trust proxy` allows. */
  ip?: string;
}

export type PlatformResponse = ServerResponse;

export type NextFunction = (error?: unknown) => void;

export type Middleware = (req: PlatformRequest, res: PlatformResponse, next: NextFunction) => void;

export type ErrorMiddleware = (error: unknown, req: PlatformRequest, res: PlatformResponse, next: NextFunction) => void;
