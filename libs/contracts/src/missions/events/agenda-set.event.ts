// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { MissionAgendaSnapshotV1 } from '../agenda.snapshot';

export class MissionAgendaSetV1 {
  @ValidateNested()
  @Type(() => MissionAgendaSnapshotV1)
  agenda!: MissionAgendaSnapshotV1;
}

/**
 * On its own topic, keyed by mission id: the agenda is an aggregate of its own (its own versions),
 * and one topic per aggregate keeps `subject` + `subjectsequence` meaning one thing on each topic.
 */
export const MissionAgendaSet = defineEvent({
  type: 'org.icn.matchmaking.mission-agenda.set.v1',
  version: 1,
  topic: Topics.matchmakingMissionAgenda,
  aggregate: 'mission-agenda',
  payload: MissionAgendaSetV1,
  summary: 'The organiser set (or changed) the B2B agenda of a mission: slot times per day, slot length and tables.',
});
