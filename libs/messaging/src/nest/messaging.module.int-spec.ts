// Integration tests may use the shared test helpers; production code in messaging may not.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { uniqueDbName, uniqueName, waitFor } from '@icn/testing';
import { Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Schema, type Connection, type Model } from 'mongoose';
import { endpoints, testConnection } from '../int-support/int-environment.fixture';
import { thingHappened } from '../int-support/thing-happened.fixture';
import { TopicAdmin } from '../kafka/topic-admin';
import { eventHandler } from '../consumer/event-handler';
import { changeOf, eventOf } from '../write-path/change';
import { claimIdOf, type CommitRecord } from '../write-path/commit';
import { COMMITS_COLLECTION } from '../write-path/commit-store';
import { mongooseSnapshots } from '../write-path/snapshot-store';
import { WritePath } from '../write-path/write-path';
import { buildEvent } from '../outbox/build-event';
import { toOutboxEntry } from '../outbox/to-outbox-entry';
import { EventConsumerRegistry } from './event-consumer.registry';
import { KafkaHealthIndicator } from './kafka-health.indicator';
import { MessagingModule } from './messaging.module';

interface Thing {
  _id: string;
  version: number;
  name: string;
}

interface ThingState {
  thingId: string;
  version: number;
  name: string;
}

describe('MessagingModule', () => {
  const topic = uniqueName('messaging.it.module');
  const definition = thingHappened(topic);
  const seen: string[] = [];
  let connection: Connection;
  let things: Model<Thing>;

  beforeAll(async () => {
    connection = await testConnection(uniqueDbName('messaging_module'));
    things = connection.model<Thing>('Thing', new Schema<Thing>({ _id: String, version: Number, name: String }));
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  /** What an app does: register its aggregate types with the write path and its handlers with the registry. */
  @Injectable()
  class AppWiring implements OnModuleInit {
    constructor(
      private readonly writePath: WritePath,
      private readonly consumers: EventConsumerRegistry,
    ) {}

    onModuleInit(): void {
      this.writePath.aggregate<ThingState>({
        name: 'thing',
        source: 'module-it',
        idOf: (state) => state.thingId,
        snapshots: mongooseSnapshots(things, {
          toDocument: ({ thingId, ...fields }) => ({ _id: thingId, ...fields }),
          toState: ({ _id, version, name }) => ({ thingId: _id, version, name }),
        }),
      });
      this.consumers.register({
        groupId: uniqueName('module-it'),
        topics: [topic],
        connection,
        handlers: [eventHandler(definition, async (event) => void seen.push(event.subject))],
      });
    }
  }

  @Module({ providers: [AppWiring] })
  class WiringModule {}

  function appModule(): new () => object {
    @Module({
      imports: [MessagingModule.forRoot({ connection, brokers: endpoints().brokers, clientId: 'module-it', topics: [topic], partitions: 2, outboxPollMs: 200, orphanAfterMs: 300 }), WiringModule],
    })
    class AppModule {}
    return AppModule;
  }

  it('creates topics at bootstrap, publishes commits to its consumers (a write at once, an orphan by the scan), and shuts down in order', async () => {
    const app = await NestFactory.createApplicationContext(appModule(), { logger: false });
    await app.init();
    try {
      const created = await app.get(TopicAdmin).withAdmin((admin) => admin.fetchTopicMetadata({ topics: [topic, `${topic}.dlq`] }));
      expect(created.topics.map((t) => t.partitions.length)).toEqual([2, 2]);
      expect(await app.get(KafkaHealthIndicator).isHealthy()).toEqual({ kafka: { status: 'up', brokers: 1 } });

      const writePath = app.get(WritePath);
      const aggregate = writePath.aggregate<ThingState>({
        name: 'thing-written',
        source: 'module-it',
        idOf: (state) => state.thingId,
        snapshots: mongooseSnapshots(things, { toDocument: ({ thingId, ...fields }) => ({ _id: thingId, ...fields }), toState: ({ _id, version, name }) => ({ thingId: _id, version, name }) }),
      });
      await aggregate.create(changeOf({ thingId: 'w-1', version: 1, name: 'w' }, eventOf(definition, { name: 'w', failTimes: 0 })));
      await waitFor(() => seen.includes('w-1'), { timeoutMs: 30_000, description: 'written event consumed' });

      // A commit whose writer died before publishing it: the relay's scan must pick it up.
      const event = buildEvent(definition, { subject: 'm-1', sequence: 1, data: { name: 'm', failTimes: 0 }, source: 'module-it' });
      await connection.collection<CommitRecord>(COMMITS_COLLECTION).insertOne({
        _id: claimIdOf('thing:m-1', 1),
        aggregate: 'thing:m-1',
        base: 0,
        version: 1,
        state: JSON.stringify({ thingId: 'm-1', version: 1, name: 'm' }),
        events: [toOutboxEntry(event, topic)],
        committedAt: new Date(),
        published: false,
      });
      await waitFor(() => seen.includes('m-1'), { timeoutMs: 30_000, description: 'orphaned commit published and consumed' });
      // …and its snapshot repaired from the commit.
      await waitFor(async () => (await things.findById('m-1').lean())?.name === 'm', { timeoutMs: 10_000, description: 'orphan snapshot repaired' });
    } finally {
      await app.close();
    }
    expect(await connection.collection(COMMITS_COLLECTION).countDocuments({ published: false })).toBe(0);
  });
});
