/**
 * kafkajs' internal send routine, typed for the spec that reproduces its lost-partition defect
 * against the real code (see AcknowledgedProducer). Not part of kafkajs' public API: only specs use it.
 */
declare module 'kafkajs/src/producer/sendMessages' {
  import type { Message, PartitionerArgs, RecordMetadata } from 'kafkajs';

  interface SendMessagesDeps {
    logger: { error(message: string, extra?: object): void; debug(message: string, extra?: object): void };
    cluster: object;
    partitioner: (args: PartitionerArgs) => number;
    eosManager: object;
    retrier: <T>(attempt: (bail: (error: Error) => void, retryCount: number, retryTime: number) => Promise<T>) => Promise<T>;
  }

  type SendMessages = (request: { acks: number; topicMessages: { topic: string; messages: Message[] }[] }) => Promise<RecordMetadata[]>;

  const createSendMessages: (deps: SendMessagesDeps) => SendMessages;
  export = createSendMessages;
}
