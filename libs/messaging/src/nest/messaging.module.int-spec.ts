// Integration tests may use the shared test helpers; production code in messaging may not.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { uniqueDbName, uniqueName, waitFor } from '@icn/testing';
import { Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Schema, type Connection, type Model } from 'mongoose';
import { endpoints, testConnection } from '../int-support/int-environment.fixture';
import { thingHappened } from '../int-support/thing-happened.fixture';
import { TopicAdmin } from '../kafka/topic-admin';
import { buildEvent } from '../outbox/build-event';
import { outboxEntrySchema, type OutboxDocument } from '../outbox/outbox-entry';
import { OutboxRelay } from '../outbox/outbox-relay';
import { toOutboxEntry } from '../outbox/to-outbox-entry';
import { eventHandler } from '../consumer/event-handler';
import { EventConsumerRegistry } from './event-consumer.registry';
import { KafkaHealthIndicator } from './kafka-health.indicator';
import { MessagingModule } from './messaging.module';

interface Thing extends OutboxDocument {
  _id: string;
}

describe('MessagingModule', () => {
  const topic = uniqueName('messaging.it.module');
  const definition = thingHappened(topic);
  const seen: string[] = [];
  let connection: Connection;
  let things: Model<Thing>;

  beforeAll(async () => {
    connection = await testConnection(uniqueDbName('messaging_module'));
    things = connection.model<Thing>('Thing', new Schema<Thing>({ _id: String, version: Number, outbox: { type: [outboxEntrySchema], default: [] } }));
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  /** What an app does: register its aggregate models with the relay and its handlers with the registry. */
  @Injectable()
  class AppWiring implements OnModuleInit {
    constructor(
      private readonly relay: OutboxRelay,
      private readonly consumers: EventConsumerRegistry,
    ) {}

    onModuleInit(): void {
      this.relay.register(things);
      this.consumers.register({
        groupId: uniqueName('module-it'),
        topics: [topic],
        connection,
        handlers: [eventHandler(definition, async (event) => void seen.push(event.subject))],
      });
    }
  }

  @Module({ imports: [MessagingModule.forRoot({ brokers: endpoints().brokers, clientId: 'module-it', topics: [topic], partitions: 2, outboxPollMs: 200 })], providers: [AppWiring] })
  class AppModule {}

  it('creates topics at bootstrap, relays outbox events to its consumers, and shuts down in order', async () => {
    const app = await NestFactory.createApplicationContext(AppModule, { logger: false });
    await app.init();
    try {
      const created = await app.get(TopicAdmin).withAdmin((admin) => admin.fetchTopicMetadata({ topics: [topic, `${topic}.dlq`] }));
      expect(created.topics.map((t) => t.partitions.length)).toEqual([2, 2]);
      expect(await app.get(KafkaHealthIndicator).isHealthy()).toEqual({ kafka: { status: 'up', brokers: 1 } });

      const event = buildEvent(definition, { subject: 'm-1', sequence: 1, data: { name: 'm', failTimes: 0 }, source: 'module-it' });
      await things.create({ _id: 'm-1', version: 1, outbox: [toOutboxEntry(event, topic)] });
      // No trigger: the polling safety net must pick it up.
      await waitFor(() => seen.includes('m-1'), { timeoutMs: 30_000, description: 'polled event consumed' });
    } finally {
      await app.close();
    }
    expect(await things.countDocuments({ 'outbox.0': { $exists: true } })).toBe(0);
  });
});
