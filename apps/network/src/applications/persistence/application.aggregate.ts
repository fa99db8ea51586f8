import { WritePath, type Aggregate } from '@icn/messaging';
import type { Provider } from '@nestjs/common';
import { NETWORK_EVENT_SOURCE } from '../../network-event-source';
import type { ApplicationState } from '../domain/application';
import { ApplicationRepository } from './application.repository';

/** Injection token of the application `Aggregate`. */
export const APPLICATION_AGGREGATE = Symbol('APPLICATION_AGGREGATE');

/** The application aggregate on the write path (ADR 12): every command decided on its newest state, committed with its event. */
export const applicationAggregateProvider: Provider = {
  provide: APPLICATION_AGGREGATE,
  inject: [WritePath, ApplicationRepository],
  useFactory: (writePath: WritePath, repository: ApplicationRepository): Aggregate<ApplicationState> =>
    writePath.aggregate<ApplicationState>({ name: 'application', source: NETWORK_EVENT_SOURCE, snapshots: repository.snapshots, idOf: (state) => state.applicationId }),
};
