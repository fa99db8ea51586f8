import { WritePath, type Aggregate } from '@icn/messaging';
import type { Provider } from '@nestjs/common';
import { NETWORK_EVENT_SOURCE } from '../../network-event-source';
import type { PartnerState } from '../domain/partner';
import type { ProgrammeState } from '../domain/programme';
import { PartnerRepository } from './partner.repository';
import { ProgrammeRepository } from './programme.repository';

/** Injection tokens of the partner and programme `Aggregate`s. */
export const PARTNER_AGGREGATE = Symbol('PARTNER_AGGREGATE');
export const PROGRAMME_AGGREGATE = Symbol('PROGRAMME_AGGREGATE');

/** Partners and programmes on the write path (ADR 12), each its own aggregate and topic. */
export const partnerAggregateProviders: Provider[] = [
  {
    provide: PARTNER_AGGREGATE,
    inject: [WritePath, PartnerRepository],
    useFactory: (writePath: WritePath, repository: PartnerRepository): Aggregate<PartnerState> =>
      writePath.aggregate<PartnerState>({ name: 'partner', source: NETWORK_EVENT_SOURCE, snapshots: repository.snapshots, idOf: (state) => state.partnerId }),
  },
  {
    provide: PROGRAMME_AGGREGATE,
    inject: [WritePath, ProgrammeRepository],
    useFactory: (writePath: WritePath, repository: ProgrammeRepository): Aggregate<ProgrammeState> =>
      writePath.aggregate<ProgrammeState>({ name: 'programme', source: NETWORK_EVENT_SOURCE, snapshots: repository.snapshots, idOf: (state) => state.programmeId }),
  },
];
