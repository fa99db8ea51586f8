// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { IsISO8601, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { CLUSTER_ID_PATTERN } from '../../vocabulary/vocabulary';

export class OrganisationLeftV1 {
  @IsUUID()
  organisationId!: string;

  @Matches(CLUSTER_ID_PATTERN)
  clusterId!: string;

  @IsOptional()
  @IsString()
  @Length(1, 500)
  reason?: string;

  @IsISO8601({ strict: true })
  leftAt!: string;
}

export const OrganisationLeft = defineEvent({
  type: 'org.icn.membership.organisation.left.v1',
  version: 1,
  topic: Topics.membershipOrganisation,
  aggregate: 'organisation',
  payload: OrganisationLeftV1,
  summary: 'An organisation left its cluster; this is final.',
});
