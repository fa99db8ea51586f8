// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsUUID, Matches, ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { CLUSTER_ID_PATTERN } from '../../vocabulary/vocabulary';
import { ContactSnapshotV1 } from '../contact.snapshot';

/** The contact as it is after the change: a consumer replaces what it holds (an absent role or phone was cleared). */
export class ContactUpdatedV1 {
  @IsUUID()
  organisationId!: string;

  @Matches(CLUSTER_ID_PATTERN)
  clusterId!: string;

  @ValidateNested()
  @Type(() => ContactSnapshotV1)
  contact!: ContactSnapshotV1;
}

export const ContactUpdated = defineEvent({
  type: 'org.icn.membership.organisation.contact-updated.v1',
  version: 1,
  topic: Topics.membershipOrganisation,
  aggregate: 'organisation',
  payload: ContactUpdatedV1,
  summary: "A member organisation's contact person changed name, role, e-mail or phone; the event carries the whole contact.",
});
