import { ProgrammeRegistered, ProgrammeUpdated, type CloudEvent, type ProgrammeRegisteredV1, type ProgrammeUpdatedV1 } from '@icn/contracts';
import { OnEvent } from '@icn/messaging';
import { Controller } from '@nestjs/common';
import { ProgrammeNotifier } from '../programme-notifier';
import { NETWORK_PROGRAMMES_GROUP } from './network-programmes.consumer';

/**
 * The network's programme events into the notification pipeline (ADR 23). A controller of the
 * event transport, without routes; one programme's events arrive in order (keyed by programme id).
 */
@Controller()
export class NetworkProgrammeHandlers {
  constructor(private readonly notifier: ProgrammeNotifier) {}

  @OnEvent(ProgrammeRegistered, { group: NETWORK_PROGRAMMES_GROUP })
  registered(event: CloudEvent<ProgrammeRegisteredV1>): Promise<void> {
    return this.notifier.onProgrammeState(event.data.programme, event.id, new Date());
  }

  @OnEvent(ProgrammeUpdated, { group: NETWORK_PROGRAMMES_GROUP })
  updated(event: CloudEvent<ProgrammeUpdatedV1>): Promise<void> {
    return this.notifier.onProgrammeState(event.data.programme, event.id, new Date());
  }
}
