import { onEventHandlersOf, type GuardedCollection } from '@icn/messaging';
import type { NetworkDirectory } from '../persistence/network-directory.repository';
import { DIRECTORY_GROUP } from './directory.consumer';
import { DirectoryEventHandlers } from './directory-event.handlers';

describe('directory event handlers (network)', () => {
  it('handle the seven cluster and organisation events once each, all in the directory group', () => {
    const handlers = new DirectoryEventHandlers({ organisationsProjectionTarget: {} as GuardedCollection, clustersProjectionTarget: {} as GuardedCollection } as NetworkDirectory);
    const declared = onEventHandlersOf(handlers);
    expect(declared).toHaveLength(7);
    expect(new Set(declared.map((handler) => handler.type)).size).toBe(7);
    expect(new Set(declared.map((handler) => handler.group))).toEqual(new Set([DIRECTORY_GROUP]));
  });
});
