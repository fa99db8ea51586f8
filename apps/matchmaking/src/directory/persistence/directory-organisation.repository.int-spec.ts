import { OrganisationJoined, OrganisationSuspended } from '@icn/contracts';
import { uniqueDbName } from '@icn/testing';
import mongoose, { type Connection } from 'mongoose';
import { projectOrganisationJoined, projectOrganisationSuspended } from '../projection/organisation.projection';
import { anEnvelope, anOrganisation } from '../testing/membership-snapshot.fixtures';
import { DirectoryOrganisationRepository } from './directory-organisation.repository';

/** The sequence guard against the real database server, where the races actually happen. */
describe('DirectoryOrganisationRepository (real database)', () => {
  let connection: Connection;
  let repository: DirectoryOrganisationRepository;

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(process.env['MONGODB_URI'] ?? 'mongodb://127.0.0.1:27017', { dbName: uniqueDbName('mm_repo_int') })
      .asPromise();
    repository = new DirectoryOrganisationRepository(connection, { DIRECTORY_COLLECTION_SUFFIX: '' });
    await repository.onModuleInit();
  });

  afterAll(async () => {
    await connection?.dropDatabase();
    await connection?.close();
  });

  it('applies a first event exactly once when replicas race on the upsert', async () => {
    const organisation = anOrganisation();
    const write = projectOrganisationJoined(anEnvelope(OrganisationJoined.type, organisation.organisationId, 1, { organisation }));

    const outcomes = await Promise.all(Array.from({ length: 5 }, () => repository.apply(write)));

    expect(outcomes.sort()).toEqual(['applied', 'stale', 'stale', 'stale', 'stale']);
    expect(await repository.findById(organisation.organisationId)).toMatchObject({ lastSequence: 1, appliedEvents: 1 });
  });

  it('skips an older or equal sequence and reports a delta for an unknown organisation as missing', async () => {
    const organisation = anOrganisation();
    const id = organisation.organisationId;
    const suspend = (sequence: number) =>
      projectOrganisationSuspended(
        anEnvelope(OrganisationSuspended.type, id, sequence, { organisationId: id, clusterId: 'clean', reason: `s${sequence}`, suspendedAt: '2025-01-01T00:00:00.000Z' }),
      );

    expect(await repository.apply(suspend(2))).toBe('missing');
    expect(await repository.apply(projectOrganisationJoined(anEnvelope(OrganisationJoined.type, id, 1, { organisation })))).toBe('applied');
    expect(await repository.apply(suspend(3))).toBe('applied');
    expect(await repository.apply(suspend(3))).toBe('stale');
    expect(await repository.apply(suspend(2))).toBe('stale');
    expect(await repository.findById(id)).toMatchObject({ status: 'suspended', suspension: { reason: 's3' }, lastSequence: 3, appliedEvents: 2 });
  });
});
