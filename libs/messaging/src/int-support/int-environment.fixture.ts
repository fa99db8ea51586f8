import mongoose, { type Connection } from 'mongoose';
import { createKafka } from '../kafka/create-kafka';
import type { Kafka } from 'kafkajs';

/** Endpoints exported by @icn/testing's jest global-setup. */
export function endpoints(): { brokers: string; mongoUri: string } {
  const brokers = process.env['KAFKA_BROKERS'];
  const mongoUri = process.env['MONGODB_URI'];
  if (!brokers || !mongoUri) throw new Error('KAFKA_BROKERS and MONGODB_URI must be set (jest global-setup does it)');
  return { brokers, mongoUri };
}

export function testKafka(clientId: string): Kafka {
  return createKafka({ brokers: endpoints().brokers, clientId });
}

export async function testConnection(dbName: string): Promise<Connection> {
  return mongoose.createConnection(endpoints().mongoUri, { dbName }).asPromise();
}
