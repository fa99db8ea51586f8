import { api, type MembershipSchemas } from '../../api/clients';
import { expectOk } from '../../api/api-error';
import { useAsync } from '../../components/use-async';

export type Cluster = MembershipSchemas['schemas']['ClusterResponse'];

/** The network has a few dozen clusters at most: one page of the largest size holds them all. */
const ALL_CLUSTERS = 100;

/** Every cluster, for the secretariat's cluster pickers and the cluster list. */
export function useClusters() {
  return useAsync(async () => (await expectOk(api.membership.GET('/clusters', { params: { query: { limit: ALL_CLUSTERS } } }))).items, 'clusters');
}
