import { Injectable, OnModuleDestroy } from '@nestjs/common';

/**
 * A dependency GET /health/ready must see working. `check` resolves when healthy and rejects
 * (with a useful message) otherwise; it is abandoned as down after `timeoutMs` (default 3 s).
 */
export interface ReadinessCheck {
  readonly name: string;
  readonly check: () => Promise<unknown>;
  readonly timeoutMs?: number;
}

/**
 * Where modules add their readiness checks; MongoDB is built in. The platform cannot depend on the
 * messaging library (module boundaries), so messaging registers its Kafka check here instead:
 *
 *   constructor(@Inject(READINESS_CHECKS) readiness: ReadinessRegistry, admin: TopicAdmin) {
 *     readiness.register({ name: 'kafka', check: () => admin.describeCluster() });
 *   }
 *
 * (`READINESS_CHECKS` and the `ReadinessRegistry` class resolve to the same instance.) Nest has no
 * multi-providers, hence a registry. Once the application starts shutting down the service
 * reports not-ready, so load balancers stop routing to it while in-flight work completes.
 */
@Injectable()
export class ReadinessRegistry implements OnModuleDestroy {
  private readonly checks = new Map<string, ReadinessCheck>();
  private shuttingDown = false;

  register(check: ReadinessCheck): void {
    if (this.checks.has(check.name)) throw new Error(`Readiness check "${check.name}" is already registered`);
    this.checks.set(check.name, check);
  }

  list(): readonly ReadinessCheck[] {
    return [...this.checks.values()];
  }

  get isShuttingDown(): boolean {
    return this.shuttingDown;
  }

  onModuleDestroy(): void {
    this.shuttingDown = true;
  }
}
