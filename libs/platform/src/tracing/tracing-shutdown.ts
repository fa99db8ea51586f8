import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { shutdownTracing } from './start-tracing';

/**
 * Exports the spans still buffered when the service stops (after consumers and relays, which run
 * their own shutdown before the application's), so the last requests of a replica are not lost.
 */
@Injectable()
export class TracingShutdown implements OnApplicationShutdown {
  async onApplicationShutdown(): Promise<void> {
    await shutdownTracing();
  }
}
