import { isDeepStrictEqual } from 'node:util';
import type { Connection } from 'mongoose';
import type { ConsortiaReadModels } from '../consortia-read-models';
import type { DirectoryOrganisation } from '../directory-api';
import type { OrganisationInput } from '../factories';
import { profileMismatches } from '../reconcile';
import type { OrganisationView } from './organisation-edits';
import type { RoundRobinClient } from './round-robin-client';

/** Opportunities' copy of an organisation (collection `directory_organisations`); no API serves it. */
interface OpportunitiesDirectoryOrganisation {
  _id: string;
  clusterId: string;
  name: string;
  helixType: string;
  country: string;
  sectors: string[];
  technologies: string[];
  status: string;
  lastSequence: number;
}

/**
 * The three copies of membership's organisations — matchmaking's directory (its API, through its
 * replicas), opportunities' and consortia's (their own databases, read by `_id`) — compared with
 * what membership answers: the fields each copy keeps, and the version it last applied. A copy
 * that counts the events it applied must have applied each version once.
 */
export class DirectoryCopies {
  constructor(
    private readonly matchmakingAdmin: RoundRobinClient,
    private readonly opportunitiesDatabase: Connection,
    private readonly consortia: ConsortiaReadModels,
  ) {}

  async problems(views: readonly OrganisationView[]): Promise<string[]> {
    const problems: string[] = [];
    const opportunitiesCopies = this.opportunitiesDatabase.collection<OpportunitiesDirectoryOrganisation>('directory_organisations');
    for (const view of views) {
      const id = view.organisationId;
      const delivery = await this.matchmakingAdmin.get<DirectoryOrganisation>(`/directory/organisations/${id}`);
      if (delivery.kind !== 'answered' || delivery.response.status !== 200) {
        problems.push(`matchmaking's directory: organisation ${id} not served (${delivery.kind === 'answered' ? `HTTP ${delivery.response.status}` : delivery.reason})`);
      } else {
        const entry = delivery.response.body;
        for (const mismatch of profileMismatches(id, view as unknown as OrganisationInput, entry)) {
          problems.push(`matchmaking's directory: organisation ${id} ${mismatch.field} ${JSON.stringify(mismatch.actual)} ≠ membership's ${JSON.stringify(mismatch.expected)}`);
        }
        if (entry.status !== view['status']) problems.push(`matchmaking's directory: organisation ${id} status ${entry.status} ≠ ${String(view['status'])}`);
        if (entry.sync.lastSequence !== view.version || entry.sync.appliedEvents !== view.version) {
          problems.push(`matchmaking's directory: organisation ${id} lastSequence ${entry.sync.lastSequence}, appliedEvents ${entry.sync.appliedEvents}, membership's version ${view.version}`);
        }
      }

      const opportunitiesCopy = await opportunitiesCopies.findOne({ _id: id });
      const opportunitiesFields = ['clusterId', 'name', 'helixType', 'country', 'sectors', 'technologies', 'status'];
      compareFields(problems, `opportunities' directory: organisation ${id}`, opportunitiesFields, opportunitiesCopy, view);
      if (opportunitiesCopy?.lastSequence !== view.version) {
        problems.push(`opportunities' directory: organisation ${id} lastSequence ${opportunitiesCopy?.lastSequence}, membership's version ${view.version}`);
      }

      const consortiaCopy = await this.consortia.organisation(id);
      compareFields(problems, `consortia's directory: organisation ${id}`, ['clusterId', 'name', 'helixType', 'companySize', 'country', 'status'], consortiaCopy, view);
      if (consortiaCopy?.lastSequence !== view.version || consortiaCopy.appliedEvents !== view.version) {
        problems.push(`consortia's directory: organisation ${id} lastSequence ${consortiaCopy?.lastSequence}, appliedEvents ${consortiaCopy?.appliedEvents}, membership's version ${view.version}`);
      }
    }
    return problems;
  }
}

/** Absent and null are the same "no value" in a copy; anything else must be equal. */
function compareFields(problems: string[], label: string, fields: readonly string[], copy: object | null, source: Record<string, unknown>): void {
  if (copy === null) {
    problems.push(`${label}: missing`);
    return;
  }
  const record = copy as Record<string, unknown>;
  for (const field of fields) {
    const actual = record[field] ?? undefined;
    const expected = source[field] ?? undefined;
    if (!isDeepStrictEqual(actual, expected)) problems.push(`${label}: ${field} ${JSON.stringify(actual)} ≠ membership's ${JSON.stringify(expected)}`);
  }
}
