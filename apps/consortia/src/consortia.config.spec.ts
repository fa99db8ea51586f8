import { ConfigValidationError, loadConfig } from '@icn/platform';
import { ConsortiaConfig } from './consortia.config';

const JWT_SECRET = 'x'.repeat(32);

describe('ConsortiaConfig', () => {
  it('defaults to its own port, database, groups and a two-week invitation expiry', () => {
    expect(loadConfig(ConsortiaConfig, { JWT_SECRET })).toMatchObject({
      SERVICE_NAME: 'consortia',
      PORT: 3004,
      MONGODB_DB: 'icn_consortia',
      DIRECTORY_CONSUMER_GROUP: 'consortia.directory',
      OPPORTUNITY_CONSUMER_GROUP: 'consortia.opportunities',
      INVITATION_EXPIRY_DAYS: 14,
    });
  });

  it('names a bad invitation expiry', () => {
    expect(() => loadConfig(ConsortiaConfig, { JWT_SECRET, INVITATION_EXPIRY_DAYS: '0' })).toThrow(ConfigValidationError);
    expect(() => loadConfig(ConsortiaConfig, { JWT_SECRET, INVITATION_EXPIRY_DAYS: '0' })).toThrow(/INVITATION_EXPIRY_DAYS/);
  });
});
