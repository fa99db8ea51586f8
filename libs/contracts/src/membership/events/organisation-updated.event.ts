// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsString, ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { OrganisationSnapshotV1 } from '../organisation.snapshot';

export class OrganisationUpdatedV1 {
  @ValidateNested()
  @Type(() => OrganisationSnapshotV1)
  organisation!: OrganisationSnapshotV1;

  @IsArray()
  @IsString({ each: true })
  @ArrayMinSize(1)
  changedFields!: string[];
}

export const OrganisationUpdated = defineEvent({
  type: 'org.icn.membership.organisation.updated.v1',
  version: 1,
  topic: Topics.membershipOrganisation,
  aggregate: 'organisation',
  payload: OrganisationUpdatedV1,
  summary: "A member organisation's profile changed; carries the full new state.",
});
