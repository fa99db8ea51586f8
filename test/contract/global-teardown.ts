import { join } from 'node:path';
// Jest loads global hooks with Node's own resolver, which knows no tsconfig path alias: a relative path is the only way.
// eslint-disable-next-line @nx/enforce-module-boundaries
import testEnvironmentTeardown from '../../libs/testing/src/jest/global-teardown';
import { CommittedContract } from './committed-contract';
import { checkEmittedEvents, formatReport } from './emitted-events-report';
import { eventTopicEnds, readBetween } from './emitted-events';
import { contractKafka } from './global-setup';
import { proveTheValidatorRejects } from './validator-self-check';

const SHOWN_FAILURES = 25;

/**
 * After the scenarios: reads every event produced on the `icn.*` topics since global-setup and
 * validates each one, envelope and data, against docs/asyncapi (the JSON Schema of its type and
 * the AsyncAPI message), failing the run on any mismatch or on an event type with no committed
 * schema. Then stops the test environment.
 */
export default async function globalTeardown(): Promise<void> {
  try {
    const from = globalThis.__ICN_EMITTED_EVENTS_FROM__;
    if (from === undefined) throw new Error('global-setup recorded no topic offsets');
    const kafka = contractKafka();
    const contract = CommittedContract.load(join(__dirname, '../../docs/asyncapi'));
    proveTheValidatorRejects(contract);
    const started = Date.now();
    const messages = await readBetween(kafka, from, await eventTopicEnds(kafka));
    const report = checkEmittedEvents(contract, messages);
    console.log(`${formatReport(report, contract)}\n  (read and validated in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
    if (report.failures.length > 0) {
      throw new Error(
        `${report.failures.length} of ${report.validated} emitted events break the committed contract (docs/asyncapi):\n  ` +
          report.failures.slice(0, SHOWN_FAILURES).join('\n  ') +
          (report.failures.length > SHOWN_FAILURES ? `\n  … and ${report.failures.length - SHOWN_FAILURES} more` : ''),
      );
    }
  } finally {
    await testEnvironmentTeardown();
  }
}
