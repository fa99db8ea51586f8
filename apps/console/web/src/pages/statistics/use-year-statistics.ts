import { expectOk } from '../../api/api-error';
import { api, type ConsortiaSchemas, type MatchmakingSchemas, type MembershipSchemas } from '../../api/clients';
import { useAsync } from '../../components/use-async';

export type ConsortiumStatistics = ConsortiaSchemas['schemas']['ConsortiumStatisticsResponse'];
export type PassportStatistics = MatchmakingSchemas['schemas']['PassportStatisticsResponse'];
type Cluster = MembershipSchemas['schemas']['ClusterResponse'];

export interface YearStatistics {
  year: number;
  consortia: ConsortiumStatistics;
  passport: PassportStatistics;
  /** Cluster names by id, for labels (the figures name clusters by id). */
  clusterNames: ReadonlyMap<string, string>;
  clusters: readonly Cluster[];
}

/** The network has a few dozen clusters at most: one page of the largest size holds them all. */
const ALL_CLUSTERS = 100;

/** A year's figures from both services (consortia's and matchmaking's yearly reports) and the cluster names. */
export function useYearStatistics(year: number) {
  return useAsync(async (): Promise<YearStatistics> => {
    const [consortia, passport, clusters] = await Promise.all([
      expectOk(api.consortia.GET('/consortia/statistics', { params: { query: { year } } })),
      expectOk(api.matchmaking.GET('/passport/statistics', { params: { query: { year } } })),
      expectOk(api.membership.GET('/clusters', { params: { query: { limit: ALL_CLUSTERS } } })),
    ]);
    return { year, consortia, passport, clusters: clusters.items, clusterNames: new Map(clusters.items.map((cluster) => [cluster.clusterId, cluster.name])) };
  }, String(year));
}
