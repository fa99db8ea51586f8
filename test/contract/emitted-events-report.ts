import type { CommittedContract, EmittedMessage } from './committed-contract';
import { DELIBERATELY_INVALID_HEADER } from './deliberately-invalid';

export interface ContractReport {
  validated: number;
  conforming: number;
  deliberatelyInvalid: number;
  /** Per event type (`(unparseable)` for a value that is not an event): [validated, failed]. */
  byType: Map<string, { validated: number; failed: number }>;
  failures: string[];
}

/** Validates every message against the committed contract and counts the outcome per event type. */
export function checkEmittedEvents(contract: CommittedContract, messages: readonly EmittedMessage[]): ContractReport {
  const report: ContractReport = { validated: 0, conforming: 0, deliberatelyInvalid: 0, byType: new Map(), failures: [] };
  for (const message of messages) {
    if (message.headers[DELIBERATELY_INVALID_HEADER] !== undefined) {
      report.deliberatelyInvalid += 1;
      continue;
    }
    const type = contract.typeOf(message) ?? '(unparseable)';
    const counts = report.byType.get(type) ?? { validated: 0, failed: 0 };
    report.byType.set(type, counts);
    const violations = contract.violations(message);
    counts.validated += 1;
    report.validated += 1;
    if (violations.length === 0) {
      report.conforming += 1;
    } else {
      counts.failed += 1;
      report.failures.push(`${message.topic}/${message.partition}@${message.offset} ${type}: ${violations.join('; ')}`);
    }
  }
  return report;
}

export function formatReport(report: ContractReport, contract: CommittedContract): string {
  const percentage = report.validated === 0 ? 100 : (100 * report.conforming) / report.validated;
  const lines = [...report.byType.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, counts]) => `  ${String(counts.validated).padStart(6)}  ${type}${counts.failed > 0 ? `  (${counts.failed} FAILED)` : ''}`);
  const unseen = contract.types.filter((type) => !report.byType.has(type)).sort();
  return [
    `[contract] events the e2e scenarios emitted, validated against docs/asyncapi (ajv): ${report.conforming} of ${report.validated} conform (${percentage.toFixed(2)} %), ` +
      `${report.byType.size} event types; ${report.deliberatelyInvalid} deliberately invalid (poison) messages not counted`,
    ...lines,
    `  event types with a committed schema the scenarios did not emit (${unseen.length}): ${unseen.join(', ') || 'none'}`,
  ].join('\n');
}
