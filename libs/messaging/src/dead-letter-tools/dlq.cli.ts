/**
 * The operator's dead-letter command (deploy/RUNBOOK.md, "Dead letters and redrive"):
 *   npm run dlq -- list <topic>.dlq [--limit N] [--group G] [--json]
 *   npm run dlq -- redrive <topic>.dlq (--offsets P:O,... | --all [--group G]) [--dry-run] [--json]
 * after `npm run build`, or from any service's image:
 *   node -r ./scripts/register-paths.js dist/out-tsc/libs/messaging/src/dead-letter-tools/dlq.cli.js …
 * Kafka settings from the environment, as the services read them: KAFKA_BROKERS, KAFKA_CLIENT_ID,
 * KAFKA_SSL, KAFKA_SASL_MECHANISM / _USERNAME / _PASSWORD. Exit status: 0 done, 1 failed, 2 usage.
 */
import 'reflect-metadata';
import { KafkaClientConfig, loadConfig } from '@icn/platform';
import { createKafka } from '../kafka/create-kafka';
import { kafkaSecurityOptions } from '../kafka/kafka-security';
import type { MessagingLogger } from '../observability/messaging-logger';
import { deadLetterAsJson, formatListing, formatRedrive } from './dead-letter-table';
import { DeadLetterTool } from './dead-letter-tool';
import { DLQ_USAGE, DlqUsageError, parseDlqArguments, type DlqCommand } from './dlq-arguments';

const stderrLogger: MessagingLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: (fields, message) => console.error(`warning: ${message ?? ''} ${JSON.stringify(fields)}`),
  error: (fields, message) => console.error(`error: ${message ?? ''} ${JSON.stringify(fields)}`),
};

async function main(args: readonly string[]): Promise<number> {
  let command: DlqCommand;
  try {
    command = parseDlqArguments(args);
  } catch (error) {
    if (!(error instanceof DlqUsageError)) throw error;
    console.error(`error: ${error.message}\n${DLQ_USAGE}`);
    return 2;
  }
  if (command.command === 'help') {
    console.log(DLQ_USAGE);
    return 0;
  }
  // The services' client id would make this tool look like one of them in the broker's logs.
  const config = loadConfig(KafkaClientConfig, { KAFKA_CLIENT_ID: 'icn-dlq-tool', ...process.env });
  const kafka = createKafka({ brokers: config.KAFKA_BROKERS, clientId: config.KAFKA_CLIENT_ID, extra: kafkaSecurityOptions(config), logger: stderrLogger });
  const tool = new DeadLetterTool(kafka);
  if (command.command === 'list') {
    const listing = await tool.list(command.topic, { limit: command.limit, ...(command.group !== undefined ? { group: command.group } : {}) });
    if (command.json) console.log(JSON.stringify({ deadLetterTopic: listing.deadLetterTopic, stored: listing.stored, records: listing.records.map(deadLetterAsJson) }, null, 2));
    else console.log(formatListing(listing));
    return 0;
  }
  const outcomes = await tool.redrive(command.topic, command.selection, { dryRun: command.dryRun });
  if (command.json) {
    console.log(JSON.stringify(outcomes.map(({ record, status, copy }) => ({ ...deadLetterAsJson(record), status, copy: copy ?? null })), null, 2));
  } else {
    console.log(formatRedrive(command.topic, outcomes));
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
