import type { EventDefinition, TopicName } from '@icn/contracts';
import { IsInt, IsString, Min } from 'class-validator';

/** A test-only event on a per-run topic, so integration tests never touch the platform's topics. */
export class ThingHappenedV1 {
  @IsString()
  name!: string;

  @IsInt()
  @Min(0)
  failTimes!: number;
}

export function thingHappened(topic: string): EventDefinition<ThingHappenedV1> {
  return {
    type: 'org.icn.test.thing.happened.v1',
    version: 1,
    // Test topics are generated per run; the platform's TopicName union does not list them.
    topic: topic as TopicName,
    aggregate: 'thing',
    payload: ThingHappenedV1,
    summary: 'Integration-test event.',
  };
}
