import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

export type TestEnvironmentSource = 'env' | 'testcontainers' | 'local-stack';

export interface TestEnvironment {
  kafkaBrokers: string;
  mongoUri: string;
  source: TestEnvironmentSource;
  /** Releases only what this call started (containers, or a stack it brought up). */
  stop(): Promise<void>;
}

// Pinned images: the same broker and server versions on every run.
const KAFKA_IMAGE = 'confluentinc/cp-kafka:7.9.0';
const MONGO_IMAGE = 'mongo:7.0';
const KAFKA_CONTAINER_PORT = 9093;
const REPO_ROOT = resolve(__dirname, '../../..');
const run = promisify(execFile);

/**
 * The one place that decides where integration tests get Kafka and MongoDB from, in this order:
 * explicit env vars (CI, a shared dev stack) → testcontainers when a Docker engine answers →
 * the local no-Docker stack (`deploy/local/stack.sh up`).
 */
export async function resolveTestEnvironment(env: NodeJS.ProcessEnv = process.env): Promise<TestEnvironment> {
  const kafkaBrokers = env['KAFKA_BROKERS'];
  const mongoUri = env['MONGODB_URI'];
  if (kafkaBrokers && mongoUri) {
    return { kafkaBrokers, mongoUri, source: 'env', stop: async () => undefined };
  }
  if (await dockerReachable()) {
    return startContainers();
  }
  return useLocalStack(env);
}

async function dockerReachable(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

async function startContainers(): Promise<TestEnvironment> {
  const { KafkaContainer } = await import('@testcontainers/kafka');
  const { MongoDBContainer } = await import('@testcontainers/mongodb');
  const [kafka, mongo] = await Promise.all([new KafkaContainer(KAFKA_IMAGE).withKraft().start(), new MongoDBContainer(MONGO_IMAGE).start()]);
  return {
    kafkaBrokers: `${kafka.getHost()}:${kafka.getMappedPort(KAFKA_CONTAINER_PORT)}`,
    // The container is a single-node replica set reachable only by its mapped port.
    mongoUri: `${mongo.getConnectionString()}?directConnection=true`,
    source: 'testcontainers',
    stop: async () => {
      await Promise.all([kafka.stop(), mongo.stop()]);
    },
  };
}

async function useLocalStack(env: NodeJS.ProcessEnv): Promise<TestEnvironment> {
  const kafkaPort = Number(env['KAFKA_PORT'] ?? 9092);
  const mongoPort = Number(env['FERRETDB_PORT'] ?? 27017);
  const endpoints = { kafkaBrokers: `127.0.0.1:${kafkaPort}`, mongoUri: `mongodb://127.0.0.1:${mongoPort}` };
  const script = resolve(REPO_ROOT, 'deploy/local/stack.sh');
  // Someone (a developer, another test run) already runs it: use it and leave it running. Asked of
  // the stack script (its pid files), not of the ports: on a loaded machine a port probe can time
  // out, and a run that wrongly believed it started the stack would stop everyone's at teardown.
  if (await stackRunning(script, env)) {
    return { ...endpoints, source: 'local-stack', stop: async () => undefined };
  }
  await run('bash', [script, 'up'], { cwd: REPO_ROOT, env, maxBuffer: 16 * 1024 * 1024, timeout: 600_000 });
  return {
    ...endpoints,
    source: 'local-stack',
    stop: async () => {
      await run('bash', [script, 'down'], { cwd: REPO_ROOT, env, timeout: 120_000 });
    },
  };
}

async function stackRunning(script: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  try {
    await run('bash', [script, 'status'], { cwd: REPO_ROOT, env, timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

