// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsUUID, Matches, ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { CLUSTER_ID_PATTERN } from '../../vocabulary/vocabulary';
import { ContactSnapshotV1 } from '../contact.snapshot';

export class ContactAddedV1 {
  @IsUUID()
  organisationId!: string;

  @Matches(CLUSTER_ID_PATTERN)
  clusterId!: string;

  @ValidateNested()
  @Type(() => ContactSnapshotV1)
  contact!: ContactSnapshotV1;
}

export const ContactAdded = defineEvent({
  type: 'org.icn.membership.organisation.contact-added.v1',
  version: 1,
  topic: Topics.membershipOrganisation,
  aggregate: 'organisation',
  payload: ContactAddedV1,
  summary: 'A contact person was added to a member organisation.',
});
