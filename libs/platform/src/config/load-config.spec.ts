import { IsBoolean, IsInt, Min } from 'class-validator';
import { BaseServiceConfig } from './base-service.config';
import { ConfigValidationError } from './config-validation.error';
import { EnvBoolean } from './env-transforms';
import { KafkaClientConfig } from './kafka-client.config';
import { loadConfig } from './load-config';

const SECRET = 'x'.repeat(32);
const minimal = { MONGODB_DB: 'icn_test', JWT_SECRET: SECRET, MAX_RETRIES: '5', STRICT: 'no' };

// Deliberately unannotated (as services write them): conversion follows the default's type.
class ServiceConfig extends BaseServiceConfig {
  override PORT = 3101;

  @IsInt()
  @Min(1)
  OUTBOX_POLL_MS = 1000;

  @IsInt()
  @Min(0)
  MAX_RETRIES!: number;

  @IsBoolean()
  SEED_DEMO_DATA = false;

  @EnvBoolean()
  @IsBoolean()
  STRICT!: boolean;
}

function issuesOf(fn: () => unknown): Record<string, string> {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      return Object.fromEntries(error.issues.map((issue) => [issue.variable, issue.reason]));
    }
    throw error;
  }
  throw new Error('expected a ConfigValidationError');
}

describe('loadConfig', () => {
  it('applies defaults and converts types', () => {
    const config = loadConfig(ServiceConfig, { ...minimal, KAFKA_BROKERS: ' a:9092, b:9093 ,', OUTBOX_POLL_MS: '250' });

    expect(config).toBeInstanceOf(ServiceConfig);
    expect(config.PORT).toBe(3101);
    expect(config.KAFKA_BROKERS).toEqual(['a:9092', 'b:9093']);
    expect(config.OUTBOX_POLL_MS).toBe(250);
    expect(config.MAX_RETRIES).toBe(5);
    expect(config.STRICT).toBe(false);
    expect(config.KAFKA_TOPIC_PARTITIONS).toBe(3);
    expect(config.JWT_ISSUER).toBe('icn-platform');
    expect(config.HTTP_BODY_LIMIT).toBe('100kb');
  });

  it('converts an unannotated override from the environment', () => {
    expect(loadConfig(ServiceConfig, { ...minimal, PORT: '4000' }).PORT).toBe(4000);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig(ServiceConfig, { ...minimal, PORT: '' }).PORT).toBe(3101);
  });

  it('parses booleans explicitly, so "false" is false', () => {
    expect(loadConfig(ServiceConfig, { ...minimal, SEED_DEMO_DATA: 'false' }).SEED_DEMO_DATA).toBe(false);
    expect(loadConfig(ServiceConfig, { ...minimal, SEED_DEMO_DATA: 'yes' }).SEED_DEMO_DATA).toBe(true);
  });

  it('drops variables the class does not declare', () => {
    const config = loadConfig(ServiceConfig, { ...minimal, AWS_SECRET_ACCESS_KEY: 'nope' });
    expect(Object.keys(config)).not.toContain('AWS_SECRET_ACCESS_KEY');
  });

  it('names every bad variable and the reason in one error', () => {
    const issues = issuesOf(() =>
      loadConfig(ServiceConfig, {
        MONGODB_DB: 'bad name!',
        JWT_SECRET: 'short',
        PORT: 'abc',
        KAFKA_BROKERS: 'no-port',
        LOG_LEVEL: 'loud',
        OUTBOX_POLL_MS: '0',
        SEED_DEMO_DATA: 'maybe',
        MAX_RETRIES: 'x',
        STRICT: 'x',
      }),
    );

    expect(Object.keys(issues).sort()).toEqual(
      [
        'JWT_SECRET',
        'KAFKA_BROKERS',
        'LOG_LEVEL',
        'MAX_RETRIES',
        'MONGODB_DB',
        'OUTBOX_POLL_MS',
        'PORT',
        'SEED_DEMO_DATA',
        'STRICT',
      ].sort(),
    );
    expect(issues.JWT_SECRET).toContain('at least 32 characters');
    expect(issues.PORT).toContain('must be an integer');
    expect(issues.KAFKA_BROKERS).toContain('host:port');
    expect(issues.OUTBOX_POLL_MS).toBe('must not be less than 1');
    expect(issues.LOG_LEVEL).toMatch(/^must be one of the following values/);
  });

  it('bounds the consumer session timeout by what the brokers accept, and defaults the inbox retention to a week', () => {
    expect(loadConfig(ServiceConfig, minimal)).toMatchObject({ KAFKA_CONSUMER_SESSION_TIMEOUT_MS: 30_000, PROCESSED_EVENTS_RETENTION_HOURS: 168 });
    expect(loadConfig(ServiceConfig, { ...minimal, KAFKA_CONSUMER_SESSION_TIMEOUT_MS: '10000' }).KAFKA_CONSUMER_SESSION_TIMEOUT_MS).toBe(10_000);
    const issues = issuesOf(() => loadConfig(ServiceConfig, { ...minimal, KAFKA_CONSUMER_SESSION_TIMEOUT_MS: '1000', PROCESSED_EVENTS_RETENTION_HOURS: '0' }));
    expect(issues).toEqual({ KAFKA_CONSUMER_SESSION_TIMEOUT_MS: 'must not be less than 6000', PROCESSED_EVENTS_RETENTION_HOURS: 'must not be less than 1' });
  });

  it('requires SASL credentials once a mechanism is chosen, and reads KAFKA_SSL as a boolean', () => {
    const config = loadConfig(ServiceConfig, { ...minimal, KAFKA_SSL: 'true', KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_SASL_USERNAME: 'svc', KAFKA_SASL_PASSWORD: 'pw' });
    expect(config).toMatchObject({ KAFKA_SSL: true, KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_SASL_USERNAME: 'svc' });
    const issues = issuesOf(() => loadConfig(ServiceConfig, { ...minimal, KAFKA_SASL_MECHANISM: 'scram-sha-256' }));
    expect(issues).toMatchObject({
      KAFKA_SASL_USERNAME: expect.stringContaining('required when KAFKA_SASL_MECHANISM is set'),
      KAFKA_SASL_PASSWORD: expect.stringContaining('required when KAFKA_SASL_MECHANISM is set'),
    });
    expect(issuesOf(() => loadConfig(ServiceConfig, { ...minimal, KAFKA_SASL_MECHANISM: 'kerberos' }))).toHaveProperty('KAFKA_SASL_MECHANISM');
  });

  it('replicates topics once unless told otherwise, and never requires more in-sync replicas than there are replicas', () => {
    expect(loadConfig(ServiceConfig, minimal)).toMatchObject({ KAFKA_TOPIC_REPLICATION_FACTOR: 1, KAFKA_TOPIC_MIN_INSYNC_REPLICAS: 0 });
    expect(loadConfig(ServiceConfig, { ...minimal, KAFKA_TOPIC_REPLICATION_FACTOR: '3', KAFKA_TOPIC_MIN_INSYNC_REPLICAS: '2' })).toMatchObject({
      KAFKA_TOPIC_REPLICATION_FACTOR: 3,
      KAFKA_TOPIC_MIN_INSYNC_REPLICAS: 2,
    });
    expect(issuesOf(() => loadConfig(ServiceConfig, { ...minimal, KAFKA_TOPIC_REPLICATION_FACTOR: '2', KAFKA_TOPIC_MIN_INSYNC_REPLICAS: '3' }))).toEqual({
      KAFKA_TOPIC_MIN_INSYNC_REPLICAS: expect.stringContaining('must not exceed KAFKA_TOPIC_REPLICATION_FACTOR'),
    });
    expect(issuesOf(() => loadConfig(ServiceConfig, { ...minimal, KAFKA_TOPIC_REPLICATION_FACTOR: '0' }))).toHaveProperty('KAFKA_TOPIC_REPLICATION_FACTOR', 'must not be less than 1');
  });

  it('validates the Kafka client settings on their own, as the topics command loads them', () => {
    expect(loadConfig(KafkaClientConfig, { KAFKA_BROKERS: 'k-0:9093,k-1:9093', KAFKA_TOPIC_PARTITIONS: '12' })).toMatchObject({
      KAFKA_BROKERS: ['k-0:9093', 'k-1:9093'],
      KAFKA_TOPIC_PARTITIONS: 12,
      KAFKA_TOPIC_REPLICATION_FACTOR: 1,
    });
    expect(issuesOf(() => loadConfig(KafkaClientConfig, { KAFKA_SASL_MECHANISM: 'plain' }))).toEqual({
      KAFKA_SASL_USERNAME: 'is required when KAFKA_SASL_MECHANISM is set',
      KAFKA_SASL_PASSWORD: 'is required when KAFKA_SASL_MECHANISM is set',
    });
  });

  it('reports required variables that are missing', () => {
    const issues = issuesOf(() => loadConfig(BaseServiceConfig, {}));
    expect(issues).toEqual({ JWT_SECRET: expect.stringMatching(/^is required unless OIDC_ISSUER is set/), MONGODB_DB: 'is required' });
  });

  it('puts every issue in the message without echoing values', () => {
    try {
      loadConfig(BaseServiceConfig, { MONGODB_DB: 'db', JWT_SECRET: 'hunter2-is-my-password' });
      throw new Error('expected a ConfigValidationError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigValidationError);
      const message = (error as Error).message;
      expect(message).toMatch(/^Invalid configuration \(1 problem\):\n {2}- JWT_SECRET: must be at least 32/);
      expect(message).not.toContain('hunter2');
    }
  });
});
