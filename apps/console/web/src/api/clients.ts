import createClient from 'openapi-fetch';
import type { paths as ConsortiaPaths } from './generated/consortia';
import type { paths as MatchmakingPaths } from './generated/matchmaking';
import type { paths as MembershipPaths } from './generated/membership';
import type { paths as NetworkPaths } from './generated/network';
import type { paths as OpportunitiesPaths } from './generated/opportunities';

/**
 * One typed client per service, generated from its OpenAPI document (apps/console/scripts/
 * generate-api-clients.mjs), each behind the console's own origin: the console server adds the
 * signed-in person's access token, so these clients never see a token.
 */
export const api = {
  membership: createClient<MembershipPaths>({ baseUrl: '/api/membership' }),
  matchmaking: createClient<MatchmakingPaths>({ baseUrl: '/api/matchmaking' }),
  opportunities: createClient<OpportunitiesPaths>({ baseUrl: '/api/opportunities' }),
  consortia: createClient<ConsortiaPaths>({ baseUrl: '/api/consortia' }),
  network: createClient<NetworkPaths>({ baseUrl: '/api/network' }),
};

export type { ConsortiaPaths, MatchmakingPaths, MembershipPaths, NetworkPaths, OpportunitiesPaths };
export type { components as MembershipSchemas } from './generated/membership';
export type { components as OpportunitiesSchemas } from './generated/opportunities';
export type { components as MatchmakingSchemas } from './generated/matchmaking';
export type { components as ConsortiaSchemas } from './generated/consortia';
export type { components as NetworkSchemas } from './generated/network';
