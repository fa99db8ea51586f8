import type { Delivery } from './round-robin-client';
import type { ExpectedEvent } from './stream-audit';

/**
 * acknowledged: the expected success status; refused: a status the scenario expects some commands
 * to get (a desk or slot already taken); unacknowledged: no answer (see Delivery); failed: any
 * other answer — a defect, reported with its body.
 */
export type CommandOutcome = 'acknowledged' | 'refused' | 'unacknowledged' | 'failed';

export interface CommandRecord {
  what: string;
  outcome: CommandOutcome;
  retried: boolean;
  detail?: string;
}

/** What one workload sent, what became of each command, and the events its acknowledgements promise. */
export class CommandLog {
  readonly records: CommandRecord[] = [];
  readonly expectedEvents: ExpectedEvent[] = [];

  /**
   * Records a delivery and answers the body when it was acknowledged with `ok`. `refusable` lists
   * statuses that are a legitimate answer for this command (e.g. 409: the desk is taken).
   */
  record<T>(what: string, delivery: Delivery<T>, ok: number, refusable: readonly number[] = []): T | undefined {
    if (delivery.kind === 'unacknowledged') {
      this.records.push({ what, outcome: 'unacknowledged', retried: delivery.retried, detail: delivery.reason });
      return undefined;
    }
    const { status, body } = delivery.response;
    if (status === ok) {
      this.records.push({ what, outcome: 'acknowledged', retried: delivery.retried });
      return body;
    }
    const outcome: CommandOutcome = refusable.includes(status) ? 'refused' : 'failed';
    this.records.push({ what, outcome, retried: delivery.retried, detail: `HTTP ${status} ${JSON.stringify(body)}` });
    return undefined;
  }

  expect(event: ExpectedEvent): void {
    this.expectedEvents.push(event);
  }

  count(outcome: CommandOutcome): number {
    return this.records.filter((record) => record.outcome === outcome).length;
  }

  /** Commands answered by some replica (acknowledged, refused or failed): the progress the kills wait for. */
  get answered(): number {
    return this.records.filter((record) => record.outcome !== 'unacknowledged').length;
  }

  get failures(): CommandRecord[] {
    return this.records.filter((record) => record.outcome === 'failed');
  }
}
