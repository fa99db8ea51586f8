import { BaseServiceConfig } from '@icn/platform';
import { kafkaSecurityOptions } from './kafka-security';

function config(overrides: Partial<BaseServiceConfig>): BaseServiceConfig {
  return Object.assign(new BaseServiceConfig(), overrides);
}

describe('kafkaSecurityOptions', () => {
  it('adds nothing for the plaintext local stack', () => {
    expect(kafkaSecurityOptions(config({}))).toEqual({});
  });

  it('maps SCRAM over TLS', () => {
    expect(
      kafkaSecurityOptions(config({ KAFKA_SSL: true, KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_SASL_USERNAME: 'svc', KAFKA_SASL_PASSWORD: 'pw' })),
    ).toEqual({ ssl: true, sasl: { mechanism: 'scram-sha-512', username: 'svc', password: 'pw' } });
  });
});
