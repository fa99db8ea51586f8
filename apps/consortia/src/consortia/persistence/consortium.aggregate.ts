import { WritePath, type Aggregate } from '@icn/messaging';
import type { Provider } from '@nestjs/common';
import type { ConsortiumState } from '../domain/consortium';
import { ConsortiumRepository } from './consortium.repository';

/** CloudEvents `source` of everything consortia publishes. */
export const CONSORTIA_EVENT_SOURCE = '/icn/consortia';

/** Injection token of the consortium `Aggregate`: `@Inject(CONSORTIUM_AGGREGATE) consortia: Aggregate<ConsortiumState>`. */
export const CONSORTIUM_AGGREGATE = Symbol('CONSORTIUM_AGGREGATE');

/**
 * The consortium aggregate on the write path (ADR 12): every command is decided on its newest state
 * and committed with its one event; a command that loses the version to another writer (this
 * process or another replica) is decided again on the winner's state. Registered when the module
 * is built, so a restarted process can repair consortium snapshots.
 */
export const consortiumAggregateProvider: Provider = {
  provide: CONSORTIUM_AGGREGATE,
  inject: [WritePath, ConsortiumRepository],
  useFactory: (writePath: WritePath, repository: ConsortiumRepository): Aggregate<ConsortiumState> =>
    writePath.aggregate<ConsortiumState>({
      name: 'consortium',
      source: CONSORTIA_EVENT_SOURCE,
      snapshots: repository.snapshots,
      idOf: (state) => state.consortiumId,
    }),
};
