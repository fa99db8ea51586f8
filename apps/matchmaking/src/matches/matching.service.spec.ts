import type { OpportunitySnapshotV1, OrganisationSnapshotV1 } from '@icn/contracts';
import { ReadinessRegistry } from '@icn/platform';
import type { Logger } from 'pino';
import { OrganisationChanges } from '../directory/consumer/organisation-changes';
import type { DirectoryOrganisationRepository } from '../directory/persistence/directory-organisation.repository';
import type { DirectoryOrganisationDocument } from '../directory/persistence/directory-organisation.document';
import { anOrganisation } from '../directory/testing/membership-snapshot.fixtures';
import { NO_INTRODUCTION_HISTORY } from '../matching/introduction-history';
import { OpportunityChanges } from '../opportunities/consumer/opportunity-changes';
import type { MatchmakingOpportunityRepository } from '../opportunities/persistence/matchmaking-opportunity.repository';
import type { MatchmakingOpportunityDocument } from '../opportunities/persistence/matchmaking-opportunity.document';
import { anOpportunitySnapshot } from '../opportunities/testing/opportunity-snapshot.fixtures';
import { MatchingService } from './matching.service';

const BOOKKEEPING = { lastSequence: 1, appliedEvents: 1, lastEventId: 'e', lastEventType: 't', updatedAt: '2025-01-01T00:00:00.000Z' };

function organisationDocument(organisation: OrganisationSnapshotV1): DirectoryOrganisationDocument {
  const { contacts: _contacts, ...profile } = organisation;
  return { ...profile, ...BOOKKEEPING, _id: organisation.organisationId, contacts: {} };
}

function opportunityDocument(opportunity: OpportunitySnapshotV1): MatchmakingOpportunityDocument {
  return { ...BOOKKEEPING, _id: opportunity.opportunityId, opportunity };
}

async function* streamOf<T>(items: Iterable<T>): AsyncIterable<T> {
  yield* items;
}

/** The two read models as maps; the service only reads them. */
function setUp() {
  const organisations = new Map<string, DirectoryOrganisationDocument>();
  const opportunities = new Map<string, MatchmakingOpportunityDocument>();
  const organisationRepository = {
    streamAll: () => streamOf(organisations.values()),
    findById: async (id: string) => organisations.get(id) ?? null,
  };
  const opportunityRepository = {
    streamPublished: () => streamOf([...opportunities.values()].filter((document) => document.opportunity.status === 'published')),
    findById: async (id: string) => opportunities.get(id) ?? null,
  };
  const organisationChanges = new OrganisationChanges();
  const opportunityChanges = new OpportunityChanges();
  const readiness = new ReadinessRegistry();
  const logger = { info: () => undefined };
  const service = new MatchingService(
    organisationRepository as unknown as DirectoryOrganisationRepository,
    opportunityRepository as unknown as MatchmakingOpportunityRepository,
    organisationChanges,
    opportunityChanges,
    readiness,
    logger as unknown as Logger,
    NO_INTRODUCTION_HISTORY,
  );
  const store = {
    organisation: (organisation: OrganisationSnapshotV1) => organisations.set(organisation.organisationId, organisationDocument(organisation)),
    opportunity: (opportunity: OpportunitySnapshotV1) => opportunities.set(opportunity.opportunityId, opportunityDocument(opportunity)),
  };
  const readinessCheck = () => {
    const check = readiness.list().find((candidate) => candidate.name === 'matching-index');
    if (check === undefined) throw new Error('no matching-index readiness check');
    return check.check();
  };
  return { service, store, organisationChanges, opportunityChanges, readinessCheck };
}

const heatPumps = anOrganisation({ name: 'Heat Pumps', sectors: ['district-heating'], technologies: ['heat-pumps'], offers: [], needs: [] });
const storage = anOrganisation({ name: 'Storage', sectors: ['district-heating'], technologies: ['thermal-storage'], offers: [], needs: [] });
const tender = anOpportunitySnapshot({ sectors: ['district-heating'], technologies: ['heat-pumps'] });

describe('MatchingService', () => {
  it('is not ready until it has loaded both read models, then ranks from them', async () => {
    const { service, store, readinessCheck } = setUp();
    store.organisation(heatPumps);
    store.organisation(storage);
    store.opportunity(tender);

    await expect(readinessCheck()).rejects.toThrow(/still loading/);
    await service.onModuleInit();

    await expect(readinessCheck()).resolves.toEqual({ organisations: 2, opportunities: 1 });
    const ranked = await service.organisationsForOpportunity(tender.opportunityId, {});
    expect(ranked?.map((match) => [match.name, match.score])).toEqual([
      ['Heat Pumps', 6],
      ['Storage', 2],
    ]);
    expect(service.opportunitiesForOrganisation(heatPumps.organisationId, {})?.map((match) => match.opportunityId)).toEqual([tender.opportunityId]);
  });

  it('answers undefined (not found) for ids the read models do not hold', async () => {
    const { service } = setUp();
    await service.onModuleInit();

    await expect(service.organisationsForOpportunity(tender.opportunityId, {})).resolves.toBeUndefined();
    expect(service.organisationsForOrganisation(heatPumps.organisationId, {})).toBeUndefined();
    expect(service.opportunitiesForOrganisation(heatPumps.organisationId, {})).toBeUndefined();
  });

  it('follows organisation changes by re-reading the stored document', async () => {
    const { service, store, organisationChanges } = setUp();
    store.organisation(heatPumps);
    await service.onModuleInit();
    expect(service.organisationsForOrganisation(heatPumps.organisationId, {})).toEqual([]);

    store.organisation(storage);
    await organisationChanges.notify(storage.organisationId);
    expect(service.organisationsForOrganisation(heatPumps.organisationId, {})?.map((match) => match.name)).toEqual(['Storage']);

    // A delta (suspension) is not a snapshot: the service takes the stored state, not the event.
    store.organisation({ ...storage, status: 'suspended' });
    await organisationChanges.notify(storage.organisationId);
    expect(service.organisationsForOrganisation(heatPumps.organisationId, {})).toEqual([]);
  });

  it('takes an organisation the projection hands over as stored, without reading it (a catch-up batch inserted it whole)', async () => {
    const { service, store, organisationChanges } = setUp();
    store.organisation(heatPumps);
    await service.onModuleInit();

    // Not in the repository: only the handed-over document can put Storage in the index.
    await organisationChanges.notify(storage.organisationId, organisationDocument(storage));

    expect(service.organisationsForOrganisation(heatPumps.organisationId, {})?.map((match) => match.name)).toEqual(['Storage']);
  });

  it('drops an opportunity from organisation -> opportunities once its stored snapshot is closed', async () => {
    const { service, store, opportunityChanges } = setUp();
    store.organisation(heatPumps);
    await service.onModuleInit();

    store.opportunity(tender);
    await opportunityChanges.notify(tender.opportunityId);
    expect(service.opportunitiesForOrganisation(heatPumps.organisationId, {})).toHaveLength(1);

    store.opportunity({ ...tender, status: 'closed', version: 3 });
    await opportunityChanges.notify(tender.opportunityId);
    expect(service.opportunitiesForOrganisation(heatPumps.organisationId, {})).toEqual([]);
    // Still known, so not a 404, but no longer matched.
    await expect(service.organisationsForOpportunity(tender.opportunityId, {})).resolves.toEqual([]);
  });

  it('loads only published opportunities at start-up', async () => {
    const { service, store, readinessCheck } = setUp();
    store.organisation(heatPumps);
    store.opportunity(tender);
    store.opportunity(anOpportunitySnapshot({ status: 'cancelled' }));
    await service.onModuleInit();

    await expect(readinessCheck()).resolves.toEqual({ organisations: 1, opportunities: 1 });
  });
});
