import type { CommandLog } from './command-log';
import type { Delivery } from './round-robin-client';
import type { ScaleOutService } from './scale-out-platform';
import type { AuditedAggregate } from './stream-audit';

/**
 * One kind of concurrent command on shared aggregates, sent through a service's replicas while one
 * of them is killed. The scenario runs every workload at once, kills a replica of `service` once
 * `log.answered` reaches `killAfterAnswers`, then audits the streams and checks the invariants.
 */
export interface ScaleOutWorkload {
  readonly name: string;
  readonly service: ScaleOutService;
  readonly killAfterAnswers: number;
  readonly log: CommandLog;
  /** The concurrent commands (setup is done before; nothing here may throw on a refusal). */
  run(): Promise<void>;
  /** The aggregates it created or changed, as their service serves them now. */
  aggregates(): Promise<AuditedAggregate[]>;
  /** Broken invariants (overbooking, a lost acknowledged effect, a read model off its source); empty when all hold. */
  invariants(): Promise<string[]>;
}

/** A set-up or read step must succeed: the answer's body, or an error naming the step. */
export function answerOf<T>(delivery: Delivery<T>, status: number, what: string): T {
  if (delivery.kind === 'unacknowledged') throw new Error(`${what}: no answer (${delivery.reason})`);
  if (delivery.response.status !== status) {
    throw new Error(`${what}: expected HTTP ${status}, got ${delivery.response.status}: ${JSON.stringify(delivery.response.body)}`);
  }
  return delivery.response.body;
}
