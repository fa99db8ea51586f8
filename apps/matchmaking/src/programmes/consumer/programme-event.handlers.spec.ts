import { EVENT_CATALOG, ProgrammeRegistered, ProgrammeUpdated, Topics } from '@icn/contracts';
import { onEventHandlersOf, type GuardedCollection } from '@icn/messaging';
import { anEnvelope } from '../../directory/testing/membership-snapshot.fixtures';
import type { MatchmakingProgrammeRepository } from '../persistence/matchmaking-programme.repository';
import { aProgrammeSnapshot } from '../testing/programme-snapshot.fixtures';
import { PROGRAMME_READ_MODEL_GROUP } from './programme.consumer';
import { ProgrammeEventHandlers } from './programme-event.handlers';

const handlers = new ProgrammeEventHandlers({ projectionTarget: {} as GuardedCollection } as MatchmakingProgrammeRepository);

describe('programme event handlers', () => {
  it('handle every event of the programme topic exactly once, all in the programme read model group', () => {
    const declared = onEventHandlersOf(handlers);
    // Every event the network service publishes on the topic, from the catalogue: a new one without a handler fails here.
    const programmeTypes = EVENT_CATALOG.filter((definition) => definition.topic === Topics.networkProgramme).map((definition) => definition.type);
    expect(declared.map((handler) => handler.type).sort()).toEqual([...programmeTypes].sort());
    expect(new Set(declared.map((handler) => handler.group))).toEqual(new Set([PROGRAMME_READ_MODEL_GROUP]));
  });

  it('store the whole snapshot under the event sequence, creating the document if needed (registered and updated alike)', () => {
    const programme = aProgrammeSnapshot({ description: 'Heat pumps.' });
    const registered = handlers.registered(anEnvelope(ProgrammeRegistered.type, programme.programmeId, 1, { programme }));
    expect(registered.write).toMatchObject({ id: programme.programmeId, sequence: 1, upsert: true, set: { programme }, unset: [] });

    const changed = { ...programme, description: undefined, version: 2 };
    const updated = handlers.updated(anEnvelope(ProgrammeUpdated.type, programme.programmeId, 2, { programme: changed }));
    expect(updated.write).toMatchObject({ id: programme.programmeId, sequence: 2, eventType: ProgrammeUpdated.type, upsert: true });
    // A plain copy: the description the new snapshot dropped is not stored as `undefined`.
    expect(Object.keys(updated.write.set['programme'] as object)).not.toContain('description');
  });
});
