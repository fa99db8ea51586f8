import type { KafkaClientConfig } from '@icn/platform';
import type { KafkaConfig, SASLOptions } from 'kafkajs';

/**
 * TLS and SASL settings for kafkajs from the validated config (KAFKA_SSL,
 * KAFKA_SASL_MECHANISM/USERNAME/PASSWORD). Production uses SCRAM over TLS; the local stack neither.
 */
export function kafkaSecurityOptions(config: KafkaClientConfig): Pick<KafkaConfig, 'ssl' | 'sasl'> {
  const security: Pick<KafkaConfig, 'ssl' | 'sasl'> = {};
  if (config.KAFKA_SSL) security.ssl = true;
  const credentials = { username: config.KAFKA_SASL_USERNAME, password: config.KAFKA_SASL_PASSWORD };
  const sasl: SASLOptions | undefined =
    config.KAFKA_SASL_MECHANISM === 'plain'
      ? { mechanism: 'plain', ...credentials }
      : config.KAFKA_SASL_MECHANISM === 'scram-sha-256'
        ? { mechanism: 'scram-sha-256', ...credentials }
        : config.KAFKA_SASL_MECHANISM === 'scram-sha-512'
          ? { mechanism: 'scram-sha-512', ...credentials }
          : undefined;
  if (sasl) security.sasl = sasl;
  return security;
}
