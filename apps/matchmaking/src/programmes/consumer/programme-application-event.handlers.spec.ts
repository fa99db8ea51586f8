import { ApplicationDrafted, ApplicationWithdrawn, EVENT_CATALOG, Topics } from '@icn/contracts';
import { onEventHandlersOf, type GuardedCollection } from '@icn/messaging';
import { anEnvelope } from '../../directory/testing/membership-snapshot.fixtures';
import type { ProgrammeApplicationRepository } from '../persistence/programme-application.repository';
import { anApplicationSnapshot } from '../testing/application-snapshot.fixtures';
import { aProgrammeSnapshot } from '../testing/programme-snapshot.fixtures';
import { PROGRAMME_READ_MODEL_GROUP } from './programme.consumer';
import { ProgrammeApplicationEventHandlers } from './programme-application-event.handlers';

const handlers = new ProgrammeApplicationEventHandlers({ projectionTarget: {} as GuardedCollection } as ProgrammeApplicationRepository);

describe('programme application event handlers', () => {
  it('handle every event of the application topic exactly once, all in the programme read model group', () => {
    const declared = onEventHandlersOf(handlers);
    const applicationTypes = EVENT_CATALOG.filter((definition) => definition.topic === Topics.networkApplication).map((definition) => definition.type);
    expect(declared.map((handler) => handler.type).sort()).toEqual([...applicationTypes].sort());
    expect(new Set(declared.map((handler) => handler.group))).toEqual(new Set([PROGRAMME_READ_MODEL_GROUP]));
  });

  it('store who applied to which programme and the status under the event sequence, nothing of the answers', () => {
    const application = anApplicationSnapshot(aProgrammeSnapshot(), { organisationId: 'org-1', clusterId: 'north' });
    const drafted = handlers.drafted(anEnvelope(ApplicationDrafted.type, application.applicationId, 1, { application }));
    expect(drafted.write).toMatchObject({
      id: application.applicationId,
      sequence: 1,
      upsert: true,
      set: { programmeId: application.programmeId, organisationId: 'org-1', clusterId: 'north', status: 'draft' },
      unset: [],
    });
    expect(Object.keys(drafted.write.set).sort()).toEqual(['clusterId', 'organisationId', 'programmeId', 'status']);

    const withdrawn = { ...application, status: 'withdrawn' as const, version: 2 };
    expect(handlers.withdrawn(anEnvelope(ApplicationWithdrawn.type, application.applicationId, 2, { application: withdrawn })).write).toMatchObject({ sequence: 2, set: { status: 'withdrawn' } });
  });
});
