// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { PartnerSnapshotV1 } from '../partner.snapshot';

export class PartnerUpdatedV1 {
  @ValidateNested()
  @Type(() => PartnerSnapshotV1)
  partner!: PartnerSnapshotV1;
}

export const PartnerUpdated = defineEvent({
  type: 'org.icn.network.partner.updated.v1',
  version: 1,
  topic: Topics.networkPartner,
  aggregate: 'partner',
  payload: PartnerUpdatedV1,
  summary: "The secretariat changed a partner's description; carries the full partner.",
});
