import { Kafka, logLevel, type KafkaConfig } from 'kafkajs';
import { SILENT_LOGGER, type MessagingLogger } from '../observability/messaging-logger';

export interface KafkaConnectionOptions {
  /** Comma-separated list or array, e.g. `127.0.0.1:9092` (not `localhost`: Node may pick ::1). */
  brokers: string | readonly string[];
  clientId: string;
  /** SASL/TLS and timeouts are configuration; pass them through unchanged. */
  extra?: Omit<KafkaConfig, 'brokers' | 'clientId' | 'logCreator'>;
  logger?: MessagingLogger;
}

export function parseBrokers(brokers: string | readonly string[]): string[] {
  const list = typeof brokers === 'string' ? brokers.split(',') : [...brokers];
  return list.map((broker) => broker.trim()).filter((broker) => broker.length > 0);
}

/** A kafkajs client whose log lines go to the service's JSON logger instead of the console. */
export function createKafka(options: KafkaConnectionOptions): Kafka {
  const logger = options.logger ?? SILENT_LOGGER;
  return new Kafka({
    ...options.extra,
    brokers: parseBrokers(options.brokers),
    clientId: options.clientId,
    logLevel: logLevel.WARN,
    logCreator:
      () =>
      ({ level, log }) => {
        const { message, ...rest } = log;
        const line = { component: 'kafkajs', ...rest };
        if (level === logLevel.ERROR) logger.error(line, message);
        else if (level === logLevel.WARN) logger.warn(line, message);
        else logger.debug(line, message);
      },
  });
}
