// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { PartnerSnapshotV1 } from '../partner.snapshot';

export class PartnerRegisteredV1 {
  @ValidateNested()
  @Type(() => PartnerSnapshotV1)
  partner!: PartnerSnapshotV1;
}

export const PartnerRegistered = defineEvent({
  type: 'org.icn.network.partner.registered.v1',
  version: 1,
  topic: Topics.networkPartner,
  aggregate: 'partner',
  payload: PartnerRegisteredV1,
  summary: 'The secretariat registered a partner organisation of the network; carries the full partner.',
});
