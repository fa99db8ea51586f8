import { DocumentedResponses, undocumentedSuccessBodies, untypedSchemaProperties, type OpenApiResponsesDocument } from './openapi-responses';

const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });

/** A small document shaped like the services' (nestjs/swagger output after documentResponses). */
const document: OpenApiResponsesDocument = {
  paths: {
    '/things': {
      get: { responses: { '200': json({ $ref: '#/components/schemas/ThingPage' }), '400': json({ $ref: '#/components/schemas/ErrorBody' }) } },
      post: { responses: { '201': { content: {} } } },
    },
    '/things/{thingId}': {
      get: { responses: { '200': json({ $ref: '#/components/schemas/Thing' }) } },
      delete: { responses: { '204': {} } },
    },
    '/things/count': { get: { responses: { '200': json({ type: 'object', properties: { total: { type: 'integer' } }, required: ['total'] }) } } },
    '/things/{thingId}/calendar.ics': { get: { responses: { '200': { content: { 'text/calendar': { schema: { type: 'string' } } } } } } },
    '/things/{thingId}/stream': { get: { responses: { '200': { content: { 'text/event-stream': {} } } } } },
    '/things/{thingId}/archive': { post: { responses: { '200': { content: { 'application/json': {} } }, '202': {} } } },
  },
  components: {
    schemas: {
      Thing: {
        type: 'object',
        properties: {
          thingId: { type: 'string', format: 'uuid' },
          kind: { type: 'string', enum: ['small', 'large'], example: 'small' },
          madeAt: { type: 'string', format: 'date-time' },
          note: { type: 'string', nullable: true },
          extras: { type: 'object', additionalProperties: true },
        },
        required: ['thingId', 'kind', 'madeAt', 'note'],
      },
      ThingPage: {
        type: 'object',
        properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Thing' } }, nextCursor: { type: 'string', nullable: true } },
        required: ['items', 'nextCursor'],
      },
      ErrorBody: { type: 'object', properties: { message: { type: 'string' } }, required: ['message'] },
    },
  },
};

const thing = { thingId: '7b0c3f0e-2f7a-4c1e-9d55-0a8f3b6c2d41', kind: 'small', madeAt: '2026-12-05T10:00:00.000Z', note: null };

describe('undocumentedSuccessBodies', () => {
  it('names every success whose body has no schema, but not 204s and other media types', () => {
    expect(undocumentedSuccessBodies(document)).toEqual(['POST /things 201', 'POST /things/{thingId}/archive 200', 'POST /things/{thingId}/archive 202']);
  });

  it('is empty for a document that describes every body', () => {
    expect(undocumentedSuccessBodies({ paths: { '/things/count': document.paths['/things/count'] ?? {} } })).toEqual([]);
  });
});

describe('untypedSchemaProperties', () => {
  it('names the properties typed only as an object without properties (what a union-typed field without `type` becomes)', () => {
    const withUnions: OpenApiResponsesDocument = {
      paths: {},
      components: {
        schemas: {
          UpdateThingDto: {
            type: 'object',
            properties: {
              city: { type: 'object', nullable: true },
              tags: { type: 'array', items: { type: 'object' } },
              note: { type: 'string', nullable: true },
              counts: { type: 'object', additionalProperties: { type: 'integer' } },
              owner: { $ref: '#/components/schemas/Owner' },
              address: { type: 'object', properties: { street: { type: 'string' } } },
            },
          },
        },
      },
    };
    expect(untypedSchemaProperties(withUnions)).toEqual(['UpdateThingDto.city', 'UpdateThingDto.tags']);
  });

  it('is empty for the sample document, whose properties are all typed', () => {
    expect(untypedSchemaProperties(document)).toEqual([]);
  });
});

describe('DocumentedResponses', () => {
  const responses = new DocumentedResponses(document);

  it('accepts a body that fits its schema, component refs and nullable fields included', () => {
    expect(responses.problems('GET', `/things/${thing.thingId}`, { status: 200, body: thing })).toEqual([]);
    expect(responses.problems('get', '/things?limit=2', { status: 200, body: { items: [thing, { ...thing, extras: { any: 1 } }], nextCursor: 'abc' } })).toEqual([]);
  });

  it('names a missing field, a wrong type, a value outside the enum and a bad format', () => {
    const { madeAt: _madeAt, ...withoutMadeAt } = thing;
    expect(responses.problems('GET', `/things/${thing.thingId}`, { status: 200, body: { ...withoutMadeAt, kind: 'huge', thingId: 'x' } })).toEqual([
      `GET /things/${thing.thingId} 200: (body) must have required property 'madeAt' ("madeAt")`,
      `GET /things/${thing.thingId} 200: /thingId must match format "uuid"`,
      `GET /things/${thing.thingId} 200: /kind must be equal to one of the allowed values (["small","large"])`,
    ]);
    expect(responses.problems('GET', '/things', { status: 200, body: { items: [{ ...thing, note: 3 }], nextCursor: null } })).toEqual([
      'GET /things 200: /items/0/note must be string',
    ]);
  });

  it('reads objects as closed: a field the document does not name is a problem', () => {
    expect(responses.problems('GET', `/things/${thing.thingId}`, { status: 200, body: { ...thing, secret: 1 } })).toEqual([
      `GET /things/${thing.thingId} 200: (body) must NOT have additional properties ("secret")`,
    ]);
  });

  it('matches a literal path segment before a parameter', () => {
    expect(responses.problems('GET', '/things/count', { status: 200, body: { total: 3 } })).toEqual([]);
    expect(responses.problems('GET', '/things/count', { status: 200, body: thing })).not.toEqual([]);
  });

  it('reports an undocumented success status or an undescribed JSON body, and an unknown operation', () => {
    expect(responses.problems('DELETE', '/things/1', { status: 200, body: thing })).toEqual(['DELETE /things/1: status 200 is not documented']);
    expect(responses.problems('POST', '/things/1/archive', { status: 200, body: thing })).toEqual(['POST /things/1/archive: 200 has a JSON body the document does not describe']);
    expect(responses.problems('PUT', '/things/1', { status: 200, body: thing })).toEqual(['PUT /things/1: no operation of the document matches']);
  });

  it('checks documented error bodies, ignores undocumented errors, and leaves other media types and empty bodies alone', () => {
    expect(responses.problems('GET', '/things', { status: 400, body: { statusCode: 400 } })).toEqual([
      "GET /things 400: (body) must have required property 'message' (\"message\")",
      'GET /things 400: (body) must NOT have additional properties ("statusCode")',
    ]);
    expect(responses.problems('GET', '/things/1', { status: 404, body: { anything: true } })).toEqual([]);
    expect(responses.problems('GET', '/things/1/calendar.ics', { status: 200, body: 'BEGIN:VCALENDAR', contentType: 'text/calendar; charset=utf-8' })).toEqual([]);
    expect(responses.problems('DELETE', '/things/1', { status: 204, body: undefined })).toEqual([]);
  });
});
