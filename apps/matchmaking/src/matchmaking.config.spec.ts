import { ConfigValidationError, loadConfig } from '@icn/platform';
import { MatchmakingConfig } from './matchmaking.config';

const JWT_SECRET = 'x'.repeat(32);

describe('MatchmakingConfig', () => {
  it('defaults to its own port, database and consumer group', () => {
    const config = loadConfig(MatchmakingConfig, { JWT_SECRET });

    expect(config).toMatchObject({
      SERVICE_NAME: 'matchmaking',
      PORT: 3002,
      MONGODB_DB: 'icn_matchmaking',
      CONSUMER_GROUP: 'matchmaking.directory',
      OPPORTUNITY_CONSUMER_GROUP: 'matchmaking.opportunities',
      PROGRAMME_CONSUMER_GROUP: 'matchmaking.programmes',
      PROGRAMME_COLLECTION_SUFFIX: '',
    });
  });

  it('takes overrides from the environment', () => {
    const config = loadConfig(MatchmakingConfig, { JWT_SECRET, PORT: '3102', CONSUMER_GROUP: 'mm.test-1', MONGODB_DB: 'mm_test' });
    expect(config).toMatchObject({ PORT: 3102, CONSUMER_GROUP: 'mm.test-1', MONGODB_DB: 'mm_test' });
  });

  it('names a bad consumer group', () => {
    expect(() => loadConfig(MatchmakingConfig, { JWT_SECRET, CONSUMER_GROUP: 'has spaces' })).toThrow(ConfigValidationError);
    expect(() => loadConfig(MatchmakingConfig, { JWT_SECRET, CONSUMER_GROUP: 'has spaces' })).toThrow(/CONSUMER_GROUP/);
  });
});
