import { createServiceApp, DATABASE_CONNECTION, startServiceApp, type AppModule } from '@icn/platform';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Connection } from 'mongoose';

export interface ServiceCallResult {
  status: number;
  /** Parsed JSON; undefined for an empty body. */
  body: unknown;
  headers: Headers;
}

export interface ServiceCallOptions {
  /** A bearer token; none when omitted. */
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ServiceTestApp {
  app: NestExpressApplication;
  baseUrl: string;
  /** The app's own database connection. */
  db: Connection;
  /** fetch against the app, with an optional bearer token and JSON body. */
  call(method: string, path: string, options?: ServiceCallOptions): Promise<ServiceCallResult>;
  /** Drops the app's database (while its connection is still open), then stops the app. */
  close(): Promise<void>;
  /** Stops the app and keeps its database and consumer groups, for a restart or a replica to carry on. */
  stop(): Promise<void>;
}

/**
 * Starts a service in-process the way its main.ts does — the platform's HTTP pipeline, the event
 * transport connected, topics → producer → relay → consumers, then HTTP — on a random port of
 * 127.0.0.1. The caller sets the environment (database, consumer groups, secrets) first: the app
 * module reads it when Nest instantiates CONFIG.
 */
export async function startServiceTestApp(appModule: AppModule, serviceName: string): Promise<ServiceTestApp> {
  const app = await createServiceApp(appModule, { serviceName, openApi: { title: `ICN ${serviceName}` } });
  app.enableShutdownHooks();
  await startServiceApp(app, 0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const db = app.get<Connection>(DATABASE_CONNECTION);
  return {
    app,
    baseUrl,
    db,
    async call(method, path, options = {}) {
      const headers: Record<string, string> = { ...options.headers };
      if (options.token !== undefined) headers['authorization'] = `Bearer ${options.token}`;
      if (options.body !== undefined) headers['content-type'] = 'application/json';
      const response = await fetch(`${baseUrl}${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
      const text = await response.text();
      return { status: response.status, body: text === '' ? undefined : (JSON.parse(text) as unknown), headers: response.headers };
    },
    async close() {
      await db.dropDatabase().catch(() => undefined);
      await app.close();
    },
    stop: () => app.close(),
  };
}
