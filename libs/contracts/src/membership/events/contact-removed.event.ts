// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { IsUUID, Matches } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { CLUSTER_ID_PATTERN } from '../../vocabulary/vocabulary';

export class ContactRemovedV1 {
  @IsUUID()
  organisationId!: string;

  @Matches(CLUSTER_ID_PATTERN)
  clusterId!: string;

  @IsUUID()
  contactId!: string;
}

export const ContactRemoved = defineEvent({
  type: 'org.icn.membership.organisation.contact-removed.v1',
  version: 1,
  topic: Topics.membershipOrganisation,
  aggregate: 'organisation',
  payload: ContactRemovedV1,
  summary: 'A contact person was removed from a member organisation.',
});
