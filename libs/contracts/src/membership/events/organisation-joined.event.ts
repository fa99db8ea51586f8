// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { OrganisationSnapshotV1 } from '../organisation.snapshot';

export class OrganisationJoinedV1 {
  @ValidateNested()
  @Type(() => OrganisationSnapshotV1)
  organisation!: OrganisationSnapshotV1;
}

export const OrganisationJoined = defineEvent({
  type: 'org.icn.membership.organisation.joined.v1',
  version: 1,
  topic: Topics.membershipOrganisation,
  aggregate: 'organisation',
  payload: OrganisationJoinedV1,
  summary: 'An organisation became a member of a cluster.',
});
