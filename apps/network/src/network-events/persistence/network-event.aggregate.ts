import { WritePath, type Aggregate } from '@icn/messaging';
import type { Provider } from '@nestjs/common';
import { NETWORK_EVENT_SOURCE } from '../../network-event-source';
import type { NetworkEventState } from '../domain/network-event';
import { NetworkEventRepository } from './network-event.repository';

/** Injection token of the network-event `Aggregate`. */
export const NETWORK_EVENT_AGGREGATE = Symbol('NETWORK_EVENT_AGGREGATE');

/**
 * A network event is one aggregate with its registration list (ADR 12): every registration is a
 * commit claim on the event's next version, so concurrent registrations for the last seat cannot
 * both win — the loser decides again on the newer list and goes to the waiting list.
 */
export const networkEventAggregateProvider: Provider = {
  provide: NETWORK_EVENT_AGGREGATE,
  inject: [WritePath, NetworkEventRepository],
  useFactory: (writePath: WritePath, repository: NetworkEventRepository): Aggregate<NetworkEventState> =>
    writePath.aggregate<NetworkEventState>({ name: 'network-event', source: NETWORK_EVENT_SOURCE, snapshots: repository.snapshots, idOf: (state) => state.eventId }),
};
