// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { IsISO8601, IsUUID, Matches } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { CLUSTER_ID_PATTERN } from '../../vocabulary/vocabulary';

export class OrganisationReinstatedV1 {
  @IsUUID()
  organisationId!: string;

  @Matches(CLUSTER_ID_PATTERN)
  clusterId!: string;

  @IsISO8601({ strict: true })
  reinstatedAt!: string;
}

export const OrganisationReinstated = defineEvent({
  type: 'org.icn.membership.organisation.reinstated.v1',
  version: 1,
  topic: Topics.membershipOrganisation,
  aggregate: 'organisation',
  payload: OrganisationReinstatedV1,
  summary: 'A suspended membership became active again.',
});
