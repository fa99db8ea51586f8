import {
  KafkaJSAggregateError,
  KafkaJSConnectionError,
  KafkaJSGroupCoordinatorNotFound,
  KafkaJSNumberOfRetriesExceeded,
  KafkaJSProtocolError,
  KafkaJSSASLAuthenticationError,
  KafkaJSTimeout,
} from 'kafkajs';
import type { RetryClock } from '../retry/retry-with-backoff';
import { isTransientKafkaError, KafkaNotReadyError, waitForKafka } from './kafka-startup';

/** A broker error as kafkajs builds it from a response's error code (see kafkajs/src/protocol/error.js). */
function protocolError(type: string, retriable: boolean, message = type): KafkaJSProtocolError {
  return new KafkaJSProtocolError(Object.assign(new Error(message), { type, retriable, code: 0 }));
}

/** kafkajs' typings declare no constructor argument for some error classes; at run time they take the message. */
function kafkajsError(errorClass: unknown, message: string): Error {
  return new (errorClass as new (message: string) => Error)(message);
}

const unknownTopic = (): KafkaJSProtocolError => protocolError('UNKNOWN_TOPIC_OR_PARTITION', true, 'This server does not host this topic-partition');

describe('isTransientKafkaError', () => {
  it.each([
    ['UNKNOWN_TOPIC_OR_PARTITION (a topic just created, not served yet)', unknownTopic()],
    ['LEADER_NOT_AVAILABLE', protocolError('LEADER_NOT_AVAILABLE', true)],
    ['COORDINATOR_NOT_AVAILABLE (no offsets topic yet)', protocolError('GROUP_COORDINATOR_NOT_AVAILABLE', true)],
    ['COORDINATOR_LOAD_IN_PROGRESS', protocolError('GROUP_LOAD_IN_PROGRESS', true)],
    ['a refused connection (the broker is not listening yet)', new KafkaJSConnectionError('Connection error: connect ECONNREFUSED 127.0.0.1:9092')],
    ['kafkajs giving up its own retries of a transient error', new KafkaJSNumberOfRetriesExceeded(unknownTopic(), { retryCount: 5, retryTime: 4_800 })],
    ['a timeout waiting for topic leaders', kafkajsError(KafkaJSTimeout, 'Timed out while waiting for topic leaders')],
    ['no group coordinator found', kafkajsError(KafkaJSGroupCoordinatorNotFound, 'Failed to find group coordinator')],
    ['topic creation racing another process', new KafkaJSAggregateError('Topic creation errors', [unknownTopic(), protocolError('TOPIC_ALREADY_EXISTS', false)])],
    ['our own "not ready yet"', new KafkaNotReadyError('no leader yet for partitions of t')],
    ['a cause chain', new Error('positioning failed', { cause: unknownTopic() })],
  ])('retries %s', (_, error) => {
    expect(isTransientKafkaError(error)).toBe(true);
  });

  it.each([
    ['bad credentials', kafkajsError(KafkaJSSASLAuthenticationError, 'SASL SCRAM SHA512 authentication failed')],
    ['a missing ACL', protocolError('TOPIC_AUTHORIZATION_FAILED', false)],
    ['a missing group ACL, even after kafkajs retried it', new KafkaJSNumberOfRetriesExceeded(protocolError('GROUP_AUTHORIZATION_FAILED', false), { retryCount: 5, retryTime: 4_800 })],
    ['an invalid partition count', protocolError('INVALID_PARTITIONS', false)],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'partitions')")],
    ['a plain error of our own', new Error('consumer group x could not join')],
    ['not an error at all', 'boom'],
  ])('does not retry %s', (_, error) => {
    expect(isTransientKafkaError(error)).toBe(false);
  });
});

describe('waitForKafka', () => {
  const clock: RetryClock = {
    now: () => 0,
    random: () => 0.5,
    sleep: (_ms, signal) => (signal ? new Promise(() => undefined) : Promise.resolve()),
  };

  it('retries what a brand-new broker answers until the step succeeds', async () => {
    const answers: (Error | 'ok')[] = [new KafkaJSConnectionError('ECONNREFUSED'), unknownTopic(), protocolError('LEADER_NOT_AVAILABLE', true), 'ok'];
    const step = jest.fn(async () => {
      const answer = answers.shift();
      if (answer instanceof Error) throw answer;
      return answer;
    });
    await expect(waitForKafka('Kafka topics t', step, { clock })).resolves.toBe('ok');
    expect(step).toHaveBeenCalledTimes(4);
  });

  it('fails at once on a permanent error, naming the step', async () => {
    const step = jest.fn(() => Promise.reject(protocolError('TOPIC_AUTHORIZATION_FAILED', false, 'Not authorized to access topics')));
    await expect(waitForKafka('Kafka topics t', step, { clock })).rejects.toThrow('Kafka topics t: Not authorized to access topics (not a transient error: not retried)');
    expect(step).toHaveBeenCalledTimes(1);
  });
});
