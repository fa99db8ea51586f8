import { OrganisationJoined, type CloudEvent, type OrganisationJoinedV1 } from '@icn/contracts';
import { COMMITS_COLLECTION, MongoCommitStore, toGuardedUpdate, type CommitRecord } from '@icn/messaging';
import { withoutUndefined } from '@icn/platform';
import type { Connection } from 'mongoose';
import type { OrganisationState } from '../../apps/membership/src/organisations/domain/organisation';
import { organisationSchema, type OrganisationDocument } from '../../apps/membership/src/organisations/persistence/organisation.schema';
import { DirectoryOrganisationRepository } from '../../apps/matchmaking/src/directory/persistence/directory-organisation.repository';
import { projectOrganisationJoined } from '../../apps/matchmaking/src/directory/projection/organisation.projection';
import { DIRECTORY_ORGANISATIONS_COLLECTION } from '../../apps/matchmaking/src/directory/persistence/directory-organisation.document';
import { CreationRecorder } from './creation-recorder';
import { SyntheticJoins } from './synthetic-joins';

/** Where a seeded store goes: membership's database, matchmaking's, or both. */
export interface SeedTargets {
  membership?: Connection;
  matchmaking?: Connection;
}

export interface SeedReport {
  organisations: number;
  /** One seeded organisation, to read back through the running services. */
  sample: { organisationId: string; clusterId: string };
  /** Wall time of the whole seeding, index builds and document generation included. */
  totalMs: number;
  /** Building the commits and documents (CPU, in this process). */
  generateMs: number;
  /** Time spent in each collection's insertMany calls (they run concurrently per batch). */
  insertMs: Record<string, number>;
}

/**
 * Fills membership's and/or matchmaking's databases with `count` organisations that joined, in bulk
 * (insertMany batches), in the documents the running code would have written for each
 * POST /organisations and its OrganisationJoined event — HTTP would take hours for 100,000:
 *
 * - membership `commits`: the commit the real WritePath builds for the creation (it is run here
 *   against an in-memory commit store), `published: true` as the relay leaves it, `_id`
 *   `organisation:<id>:0000000001`;
 * - membership `organisations`: the snapshot, as organisation.repository.ts maps the state
 *   (organisationId as `_id`, absent optional fields left out), cast by membership's own schema;
 * - matchmaking `directory_organisations`: what the directory projection writes for that event
 *   (its guarded upsert into an empty collection: the `$set` fields and `appliedEvents: 1`).
 *
 * Each collection's indexes are built first by the services' own code, as on a running system.
 * Matchmaking's inbox (processed event ids) is not seeded: it keeps a week of ids, not the history.
 */
export async function seedOrganisations(targets: SeedTargets, count: number, options: { seed: number; batchSize: number }): Promise<SeedReport> {
  const started = performance.now();
  const insertMs: Record<string, number> = {};
  const timed = async (collection: string, insert: () => Promise<unknown>): Promise<void> => {
    const at = performance.now();
    await insert();
    insertMs[collection] = (insertMs[collection] ?? 0) + performance.now() - at;
  };

  const organisationModel = targets.membership?.model<OrganisationDocument>('BenchSeedOrganisation', organisationSchema);
  if (targets.membership && organisationModel) {
    await organisationModel.init();
    await new MongoCommitStore(targets.membership).ensureIndexes();
  }
  if (targets.matchmaking) await new DirectoryOrganisationRepository(targets.matchmaking, { DIRECTORY_COLLECTION_SUFFIX: '' }).onModuleInit();

  const creator = new CreationRecorder();
  const joins = new SyntheticJoins(options.seed);
  let generateMs = 0;
  let sample: SeedReport['sample'] | undefined;
  for (let done = 0; done < count; done += options.batchSize) {
    const size = Math.min(options.batchSize, count - done);
    const generating = performance.now();
    const created = await creator.create(joins.take(size));
    sample ??= created[0] && { organisationId: created[0].state.organisationId, clusterId: created[0].state.clusterId };
    const commits = created.map(({ commit }) => ({ ...commit, published: true }));
    const snapshots = created.map(({ state }) => snapshotDocumentOf(state));
    const directory = created.map(({ commit }) => directoryDocumentOf(commit));
    generateMs += performance.now() - generating;

    const inserts: Promise<void>[] = [];
    if (targets.membership && organisationModel) {
      const membership = targets.membership;
      inserts.push(timed(COMMITS_COLLECTION, () => membership.collection<CommitRecord>(COMMITS_COLLECTION).insertMany(commits, { ordered: false })));
      inserts.push(timed(organisationModel.collection.collectionName, () => organisationModel.insertMany(snapshots, { ordered: false })));
    }
    if (targets.matchmaking) {
      const matchmaking = targets.matchmaking;
      inserts.push(timed(DIRECTORY_ORGANISATIONS_COLLECTION, () => matchmaking.collection<{ _id: string }>(DIRECTORY_ORGANISATIONS_COLLECTION).insertMany(directory, { ordered: false })));
    }
    await Promise.all(inserts);
  }
  await creator.close();
  if (sample === undefined) throw new Error('nothing was seeded');
  return { organisations: count, sample, totalMs: performance.now() - started, generateMs, insertMs };
}

/** Mirrors organisation.repository.ts's toDocument (module-private there): the snapshot keyed by organisationId. */
function snapshotDocumentOf(state: OrganisationState): OrganisationDocument {
  const { organisationId: _id, ...fields } = state;
  return { ...withoutUndefined(fields), _id };
}

/** The directory document of a new organisation: the projection's guarded upsert applied to nothing. */
function directoryDocumentOf(commit: CommitRecord): { _id: string } & Record<string, unknown> {
  const [entry] = commit.events;
  if (entry === undefined) throw new Error(`commit ${commit._id} has no event`);
  // The event exactly as the relay publishes it (the committed bytes), as the consumer would parse it.
  const event = JSON.parse(entry.value) as CloudEvent<OrganisationJoinedV1>;
  if (event.type !== OrganisationJoined.type) throw new Error(`commit ${commit._id} holds ${event.type}, not ${OrganisationJoined.type}`);
  const { filter, update } = toGuardedUpdate(projectOrganisationJoined(event));
  return { _id: filter._id, ...update.$set, appliedEvents: 1 };
}

export function formatSeedReport(report: SeedReport): string {
  const inserts = Object.entries(report.insertMs)
    .map(([collection, ms]) => `${collection} ${(ms / 1000).toFixed(1)} s`)
    .join(', ');
  const perSecond = report.organisations / (report.totalMs / 1000);
  return `seeded ${report.organisations} organisations in ${(report.totalMs / 1000).toFixed(1)} s (${perSecond.toFixed(0)}/s; generating ${(report.generateMs / 1000).toFixed(1)} s; insertMany time per collection, concurrent: ${inserts})`;
}
