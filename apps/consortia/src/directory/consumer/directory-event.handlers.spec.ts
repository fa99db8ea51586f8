import { onEventHandlersOf, type GuardedCollection } from '@icn/messaging';
import type { ConsortiaDirectory } from '../persistence/consortia-directory.repository';
import { DIRECTORY_GROUP } from './directory.consumer';
import { DirectoryEventHandlers } from './directory-event.handlers';

describe('directory event handlers (consortia)', () => {
  it('handle the seven cluster and organisation events once each, all in the directory group', () => {
    const handlers = new DirectoryEventHandlers({ organisationsProjectionTarget: {} as GuardedCollection, clustersProjectionTarget: {} as GuardedCollection } as ConsortiaDirectory);
    const declared = onEventHandlersOf(handlers);
    expect(declared).toHaveLength(7);
    expect(new Set(declared.map((handler) => handler.type)).size).toBe(7);
    expect(new Set(declared.map((handler) => handler.group))).toEqual(new Set([DIRECTORY_GROUP]));
  });
});
