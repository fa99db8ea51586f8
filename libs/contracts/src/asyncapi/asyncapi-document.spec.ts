import { DiagnosticSeverity, Parser } from '@asyncapi/parser';
import { EVENT_CATALOG } from '../catalog';
import { DeadLetterHeaders } from '../envelope/dead-letter-headers';
import { ALL_TOPICS, deadLetterTopicOf, Topics } from '../topics';
import { topicPartsOf } from './asyncapi-channels';
import { buildAsyncApiDocument } from './asyncapi-document';

type Node = Record<string, unknown>;
const at = (node: unknown, ...path: string[]): Node =>
  path.reduce<Node>((current, key) => (current[key] ?? {}) as Node, (node ?? {}) as Node);

async function errorsOf(document: object): Promise<string[]> {
  const diagnostics = await new Parser().validate(JSON.stringify(document));
  return diagnostics
    .filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error)
    .map((diagnostic) => `${diagnostic.path.join('.')}: ${diagnostic.message}`);
}

// The parser loads and runs Spectral rulesets: seconds, more on a busy machine.
const PARSER_TIMEOUT_MS = 60_000;

describe('buildAsyncApiDocument', () => {
  const document = buildAsyncApiDocument();

  it('is a valid AsyncAPI 3.0 document', async () => {
    expect(document).toMatchObject({ asyncapi: '3.0.0' });
    expect(await errorsOf(document)).toEqual([]);
  }, PARSER_TIMEOUT_MS);

  it('is checked for real: a broken payload schema is reported', async () => {
    const broken = structuredClone(document);
    Object.assign(at(broken, 'components', 'schemas', 'ContactSnapshotV1'), { required: 'email' });
    expect((await errorsOf(broken)).length).toBeGreaterThan(0);
  }, PARSER_TIMEOUT_MS);

  it('has one channel per topic, addressed by the topic, carrying exactly its events', () => {
    const channels = Object.values(at(document, 'channels')) as Node[];
    for (const topic of ALL_TOPICS) {
      const channel = channels.find((candidate) => candidate.address === topic);
      const expected = EVENT_CATALOG.filter((definition) => definition.topic === topic).map((definition) => definition.type);
      expect(Object.keys(at(channel, 'messages'))).toEqual(expected);
      expect(at(channel, 'bindings', 'kafka')).toMatchObject({ topic });
    }
  });

  it('documents each dead-letter topic with its headers', () => {
    const channels = Object.values(at(document, 'channels')) as Node[];
    for (const topic of ALL_TOPICS) {
      expect(channels.some((candidate) => candidate.address === deadLetterTopicOf(topic))).toBe(true);
    }
    const headers = at(document, 'components', 'messages', 'dead-letter', 'headers');
    expect(headers.required).toEqual(Object.values(DeadLetterHeaders));
  });

  it('has the owning service send each topic', () => {
    const operations = Object.values(at(document, 'operations')) as Node[];
    const sendsMembership = operations.find((operation) => at(operation, 'channel').$ref === '#/channels/membershipOrganisation');
    expect(sendsMembership).toMatchObject({ action: 'send', title: 'membership publishes icn.membership.organisation.v1' });
    expect(topicPartsOf(Topics.membershipCluster)).toEqual({ service: 'membership', aggregate: 'cluster' });
    expect(() => topicPartsOf('orders')).toThrow(/icn\.<service>\.<aggregate>\.v<n>/);
  });

  it('describes each message as a keyed structured-mode CloudEvent whose data is the payload schema', () => {
    const message = at(document, 'components', 'messages', 'org.icn.membership.organisation.joined.v1');
    expect(message).toMatchObject({ contentType: 'application/cloudevents+json', bindings: { kafka: { key: { type: 'string' } } } });
    expect(at(message, 'payload', 'properties', 'type')).toEqual({ type: 'string', const: 'org.icn.membership.organisation.joined.v1' });
    expect(at(message, 'payload', 'properties', 'data')).toEqual({ $ref: '#/components/schemas/OrganisationJoinedV1' });
    expect(at(document, 'components', 'schemas', 'OrganisationSnapshotV1', 'properties', 'contacts', 'items')).toEqual({
      $ref: '#/components/schemas/ContactSnapshotV1',
    });
  });
});
