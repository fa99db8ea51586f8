// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { IsISO8601, IsString, IsUUID, Length, Matches } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { CLUSTER_ID_PATTERN } from '../../vocabulary/vocabulary';

export class OrganisationSuspendedV1 {
  @IsUUID()
  organisationId!: string;

  @Matches(CLUSTER_ID_PATTERN)
  clusterId!: string;

  @IsString()
  @Length(1, 500)
  reason!: string;

  @IsISO8601({ strict: true })
  suspendedAt!: string;
}

export const OrganisationSuspended = defineEvent({
  type: 'org.icn.membership.organisation.suspended.v1',
  version: 1,
  topic: Topics.membershipOrganisation,
  aggregate: 'organisation',
  payload: OrganisationSuspendedV1,
  summary: 'A membership was suspended: the organisation stays known but must not be matched or notified.',
});
