import { ArrayNotEmpty, IsBoolean, IsIn, IsInt, IsNotEmpty, IsString, Matches, Max, Min, ValidateBy, ValidateIf } from 'class-validator';
import { CommaSeparatedList, EnvBoolean } from './env-transforms';

export const KAFKA_SASL_MECHANISMS = ['', 'plain', 'scram-sha-256', 'scram-sha-512'] as const;

/**
 * How a process reaches the brokers and which topics it creates: every service's settings
 * (BaseServiceConfig extends it), and all that the topics command of a deployment needs
 * (`libs/messaging/src/topics/provision-topics.cli.ts`, the Helm chart's pre-install Job), which
 * holds no database and verifies no token.
 */
export class KafkaClientConfig {
  @CommaSeparatedList()
  @ArrayNotEmpty({ message: 'must list at least one broker' })
  @Matches(/^[^\s:,]+:\d{1,5}$/, { each: true, message: 'each broker must be host:port' })
  KAFKA_BROKERS: string[] = ['127.0.0.1:9092'];

  @IsString()
  @IsNotEmpty()
  KAFKA_CLIENT_ID: string = 'icn-service';

  @IsInt()
  @Min(1)
  @Max(1000)
  KAFKA_TOPIC_PARTITIONS: number = 3;

  /**
   * Replicas of every topic created (and its `.dlq`). 1 suits the local single broker; a production
   * cluster uses 3, so that a broker can fail without losing an acknowledged event. A topic that
   * exists already keeps its own (the topics command reports the difference).
   */
  @IsInt()
  @Min(1)
  @Max(32_767)
  KAFKA_TOPIC_REPLICATION_FACTOR: number = 1;

  /**
   * `min.insync.replicas` of every topic created: how many replicas must hold a write before the
   * producer (acks=all) is told it succeeded; 2 with three replicas. 0 sets nothing, so the
   * broker's own default applies — never lower than what the cluster's operators chose.
   */
  @IsInt()
  @Min(0)
  @Max(32_767)
  @ValidateBy({
    name: 'notAboveReplicationFactor',
    validator: {
      validate: (value: unknown, args) => typeof value === 'number' && value <= (args?.object as KafkaClientConfig).KAFKA_TOPIC_REPLICATION_FACTOR,
      defaultMessage: () => 'must not exceed KAFKA_TOPIC_REPLICATION_FACTOR: with more in-sync replicas required than there are replicas, every write is refused',
    },
  })
  KAFKA_TOPIC_MIN_INSYNC_REPLICAS: number = 0;

  /**
   * How long each start-up step waits for Kafka — topics created with leaders for every partition,
   * the producer, group positions, subscriptions — retrying transient errors with backoff before the
   * service exits naming what did not become ready. A brand-new broker answers "unknown topic",
   * "leader not available" and "coordinator not available" for a while (ADR 11).
   */
  @IsInt()
  @Min(1_000)
  @Max(3_600_000)
  KAFKA_STARTUP_TIMEOUT_MS: number = 60_000;

  /** TLS to the brokers (production clusters; the local stack is plaintext on loopback). */
  @EnvBoolean()
  @IsBoolean()
  KAFKA_SSL: boolean = false;

  /** SASL authentication to the brokers; empty means none. SCRAM is what production uses. */
  @IsIn(KAFKA_SASL_MECHANISMS)
  KAFKA_SASL_MECHANISM: (typeof KAFKA_SASL_MECHANISMS)[number] = '';

  @ValidateIf((config: KafkaClientConfig) => config.KAFKA_SASL_MECHANISM !== '')
  @IsNotEmpty({ message: 'is required when KAFKA_SASL_MECHANISM is set' })
  KAFKA_SASL_USERNAME: string = '';

  @ValidateIf((config: KafkaClientConfig) => config.KAFKA_SASL_MECHANISM !== '')
  @IsNotEmpty({ message: 'is required when KAFKA_SASL_MECHANISM is set' })
  KAFKA_SASL_PASSWORD: string = '';
}
