import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { mintToken } from '@icn/platform';
import { positionTestGroupAtEnd, startServiceTestApp, uniqueDbName, uniqueName } from '@icn/testing';
import { AppModule } from '../../app.module';
import { OPPORTUNITY_TOPICS } from '../../opportunities/consumer/opportunity.consumer';
import { PROGRAMME_TOPICS } from '../../programmes/consumer/programme.consumer';
import { DIRECTORY_TOPICS } from '../consumer/directory.consumer';

export interface MatchmakingTestApp {
  app: NestExpressApplication;
  baseUrl: string;
  brokers: string;
  consumerGroup: string;
  opportunityConsumerGroup: string;
  suggestionsConsumerGroup: string;
  partnerSearchConsumerGroup: string;
  programmeConsumerGroup: string;
  databaseName: string;
  /** A member's bearer token: the directory must be readable by any role. */
  token: string;
  /** Signs the tokens this app accepts (for principals other than `token`'s member). */
  jwtSecret: string;
  get(path: string, token?: string | null): Promise<{ status: number; body: unknown }>;
  /** Stops the app and drops its database. */
  close(): Promise<void>;
  /** Stops the app but keeps its database and consumer groups, so a new instance can resume them. */
  stop(): Promise<void>;
}

/**
 * The state a restarted instance takes over from a stopped one, or a second replica shares with a
 * running one; with `jwtSecret`, both accept the same tokens.
 */
export type MatchmakingTestAppState = Pick<
  MatchmakingTestApp,
  'databaseName' | 'consumerGroup' | 'opportunityConsumerGroup' | 'suggestionsConsumerGroup' | 'partnerSearchConsumerGroup' | 'programmeConsumerGroup'
> &
  Partial<Pick<MatchmakingTestApp, 'jwtSecret'>>;

/**
 * Boots the real AppModule (platform pipeline, messaging, directory) on a random port against the
 * brokers and server chosen by @icn/testing's global setup, isolated by a unique database and a
 * unique consumer group so it shares the membership topics with other runs without interference.
 * The group starts at the topics' current end (see positionTestGroupAtEnd): tests see only their own
 * events. With `resume`, it is a restart instead: the same database and groups, which carry on
 * from their committed offsets.
 */
export async function startMatchmakingTestApp(resume?: MatchmakingTestAppState): Promise<MatchmakingTestApp> {
  const brokers = process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092';
  const jwtSecret = resume?.jwtSecret ?? randomBytes(32).toString('hex');
  const consumerGroup = resume?.consumerGroup ?? uniqueName('matchmaking.directory.int');
  const opportunityConsumerGroup = resume?.opportunityConsumerGroup ?? uniqueName('matchmaking.opportunities.int');
  // The service positions a new suggestions group at the topic's end itself.
  const suggestionsConsumerGroup = resume?.suggestionsConsumerGroup ?? uniqueName('matchmaking.suggestions.int');
  // Likewise for partner searches: with a shared group, test apps would answer each other's requests.
  const partnerSearchConsumerGroup = resume?.partnerSearchConsumerGroup ?? uniqueName('matchmaking.partner-search.int');
  const programmeConsumerGroup = resume?.programmeConsumerGroup ?? uniqueName('matchmaking.programmes.int');
  const databaseName = resume?.databaseName ?? uniqueDbName('mm_int');
  Object.assign(process.env, {
    NODE_ENV: 'test',
    // Replaying the shared topics' history logs every old poison event; set LOG_LEVEL to see them.
    LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'fatal',
    KAFKA_BROKERS: brokers,
    MONGODB_URI: process.env['MONGODB_URI'] ?? 'mongodb://127.0.0.1:27017',
    MONGODB_DB: databaseName,
    CONSUMER_GROUP: consumerGroup,
    OPPORTUNITY_CONSUMER_GROUP: opportunityConsumerGroup,
    SUGGESTIONS_CONSUMER_GROUP: suggestionsConsumerGroup,
    PARTNER_SEARCH_CONSUMER_GROUP: partnerSearchConsumerGroup,
    PROGRAMME_CONSUMER_GROUP: programmeConsumerGroup,
    JWT_SECRET: jwtSecret,
  });

  if (resume === undefined) {
    await positionTestGroupAtEnd(brokers, consumerGroup, DIRECTORY_TOPICS);
    await positionTestGroupAtEnd(brokers, opportunityConsumerGroup, OPPORTUNITY_TOPICS);
    await positionTestGroupAtEnd(brokers, programmeConsumerGroup, PROGRAMME_TOPICS);
  }

  const { app, baseUrl, call, close, stop } = await startServiceTestApp(AppModule, 'matchmaking');
  const token = mintToken({ sub: 'int-test-member', role: 'member', organisationId: '00000000-0000-4000-8000-000000000001', clusterId: 'clean' }, jwtSecret, {
    issuer: 'icn-platform',
    expiresIn: '1h',
  });

  const get = async (path: string, bearer: string | null = token): Promise<{ status: number; body: unknown }> => {
    const { status, body } = await call('GET', path, bearer === null ? {} : { token: bearer });
    return { status, body };
  };
  return { app, baseUrl, brokers, consumerGroup, opportunityConsumerGroup, suggestionsConsumerGroup, partnerSearchConsumerGroup, programmeConsumerGroup, databaseName, token, jwtSecret, get, close, stop };
}
