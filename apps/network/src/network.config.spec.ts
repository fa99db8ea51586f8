import { ConfigValidationError, loadConfig } from '@icn/platform';
import { NetworkConfig } from './network.config';

const JWT_SECRET = 'x'.repeat(32);

describe('NetworkConfig', () => {
  it('defaults to its own port, database and directory group', () => {
    expect(loadConfig(NetworkConfig, { JWT_SECRET })).toMatchObject({
      SERVICE_NAME: 'network',
      PORT: 3005,
      MONGODB_DB: 'icn_network',
      DIRECTORY_CONSUMER_GROUP: 'network.directory',
      DIRECTORY_COLLECTION_SUFFIX: '',
    });
  });

  it('names a bad directory group', () => {
    expect(() => loadConfig(NetworkConfig, { JWT_SECRET, DIRECTORY_CONSUMER_GROUP: 'a b' })).toThrow(ConfigValidationError);
    expect(() => loadConfig(NetworkConfig, { JWT_SECRET, DIRECTORY_CONSUMER_GROUP: 'a b' })).toThrow(/DIRECTORY_CONSUMER_GROUP/);
  });
});
