import { context, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Attributes, type Link, type Span, type SpanContext } from '@opentelemetry/api';
import { KAFKA, MessagingAttribute, messagingTracer } from './messaging-semconv';
import { contextOfCarrier, spanContextOf, type TraceCarrier } from './trace-carrier';

/** Where a consumed message came from and what it is, for its `process` span. */
export interface ConsumedMessageTrace {
  topic: string;
  partition: number;
  groupId: string;
  carrier: TraceCarrier;
  offset?: string;
  event?: { id: string; type: string; subject: string };
}

/** What the work says about its own outcome: an error status when the message was given up on. */
export interface ProcessSpanOutcome {
  outcome: string;
  failure?: string;
}

/**
 * Runs the processing of one message in a `process <topic>` consumer span that is LINKED to the
 * message's creation context (what the messaging conventions require of a consumer, which may
 * process messages long after and in batches) and, one message being processed, also its CHILD,
 * so an HTTP command and everything its events cause, in every service, form one trace. The
 * work's own writes and events run inside the span: the events it creates become its children.
 * A message without a (valid) trace context starts a trace of its own.
 */
export function withProcessSpan<R>(message: ConsumedMessageTrace, work: () => Promise<R>, outcomeOf: (result: R) => ProcessSpanOutcome): Promise<R> {
  const created = spanContextOf(message.carrier);
  const span = messagingTracer().startSpan(
    `process ${message.topic}`,
    {
      kind: SpanKind.CONSUMER,
      attributes: {
        ...consumerAttributes(message.topic, message.partition, message.groupId),
        ...(message.offset !== undefined ? { [MessagingAttribute.kafkaOffset]: Number(message.offset) } : {}),
        ...(message.event !== undefined ? eventAttributes(message.event) : {}),
      },
      links: created !== undefined ? [{ context: created }] : [],
    },
    created !== undefined ? contextOfCarrier(message.carrier) : ROOT_CONTEXT,
  );
  return runInSpan(span, work, outcomeOf);
}

/** A run of messages applied together (a read model's batch): their ids and creation contexts. */
export interface ConsumedBatchTrace {
  topic: string;
  partition: number;
  groupId: string;
  messages: readonly { carrier: TraceCarrier; eventId: string }[];
}

/**
 * Runs the application of a batch in one `process <topic>` consumer span linked to every
 * message's creation context. Its parent is the creation context of the batch's first message
 * when all of them belong to one trace (one command's events, or a batch of one, the usual case
 * outside a catch-up): that keeps one command's trace whole. A batch mixing traces starts its own
 * trace and is reached from each of them through its links.
 */
export function withBatchProcessSpan<R>(batch: ConsumedBatchTrace, work: () => Promise<R>, outcomeOf: (result: R) => ProcessSpanOutcome): Promise<R> {
  const links: Link[] = [];
  const contexts: SpanContext[] = [];
  for (const message of batch.messages) {
    const created = spanContextOf(message.carrier);
    if (created === undefined) continue;
    contexts.push(created);
    links.push({ context: created, attributes: { [MessagingAttribute.messageId]: message.eventId } });
  }
  const oneTrace = contexts.length === batch.messages.length && contexts.length > 0 && contexts.every((created) => created.traceId === contexts[0].traceId);
  const first = batch.messages[0];
  const span = messagingTracer().startSpan(
    `process ${batch.topic}`,
    {
      kind: SpanKind.CONSUMER,
      attributes: { ...consumerAttributes(batch.topic, batch.partition, batch.groupId), [MessagingAttribute.batchCount]: batch.messages.length },
      links,
    },
    oneTrace && first !== undefined ? contextOfCarrier(first.carrier) : ROOT_CONTEXT,
  );
  return runInSpan(span, work, outcomeOf);
}

async function runInSpan<R>(span: Span, work: () => Promise<R>, outcomeOf: (result: R) => ProcessSpanOutcome): Promise<R> {
  try {
    const result = await context.with(trace.setSpan(context.active(), span), work);
    const { outcome, failure } = outcomeOf(result);
    span.setAttribute(MessagingAttribute.outcome, outcome);
    if (failure !== undefined) span.setStatus({ code: SpanStatusCode.ERROR, message: failure });
    return result;
  } catch (error) {
    span.recordException(error instanceof Error ? error : String(error));
    span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
    throw error;
  } finally {
    span.end();
  }
}

function consumerAttributes(topic: string, partition: number, groupId: string): Attributes {
  return {
    [MessagingAttribute.system]: KAFKA,
    [MessagingAttribute.operationType]: 'process',
    [MessagingAttribute.operationName]: 'process',
    [MessagingAttribute.destination]: topic,
    [MessagingAttribute.partition]: String(partition),
    [MessagingAttribute.consumerGroup]: groupId,
  };
}

function eventAttributes(event: { id: string; type: string; subject: string }): Attributes {
  return {
    [MessagingAttribute.messageId]: event.id,
    [MessagingAttribute.eventId]: event.id,
    [MessagingAttribute.eventType]: event.type,
    [MessagingAttribute.eventSubject]: event.subject,
  };
}
