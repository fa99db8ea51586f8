import type { OpenAPIObject } from '@nestjs/swagger';
import { errorBody } from '../errors/error-body';
import { ERROR_BODY_SCHEMA } from '../errors/error-body.schema';
import { documentResponses } from './document-responses';
import type { RouteFacts } from './route-facts';

const guarded: RouteFacts = { isPublic: false, idempotent: false, throttled: true, successStatus: 200, produces: [] };
const ERROR_BODY_REF = { $ref: '#/components/schemas/ErrorBody' };

function documentOf(paths: OpenAPIObject['paths']): OpenAPIObject {
  return { openapi: '3.0.0', info: { title: 't', version: '1' }, paths };
}

describe('documentResponses', () => {
  it('documents the real success status of a transition and every error it can answer, each with the ErrorBody', () => {
    const document = documentOf({
      '/consortia/{consortiumId}/withdraw': {
        post: {
          operationId: 'ConsortiaController_withdraw',
          parameters: [{ name: 'consortiumId', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
          responses: { '409': { description: 'Already decided.' } },
        },
      },
    });
    const facts = new Map([['ConsortiaController_withdraw', { ...guarded, idempotent: true }]]);

    const responses = documentResponses(document, facts).paths['/consortia/{consortiumId}/withdraw']?.post?.responses ?? {};

    expect(Object.keys(responses).sort()).toEqual(['200', '400', '401', '403', '404', '409', '413', '415', '422', '429']);
    expect(responses['409']).toEqual({ description: 'Already decided.', content: { 'application/json': { schema: ERROR_BODY_REF } } });
    expect(responses['404']).toMatchObject({ content: { 'application/json': { schema: ERROR_BODY_REF } } });
    expect(responses['200']).toEqual({ description: 'Success.' });
    expect(document.components?.schemas?.['ErrorBody']).toBe(ERROR_BODY_SCHEMA);
  });

  it('moves a hand-written 201 to the 200 that @HttpCode really answers', () => {
    const document = documentOf({
      '/missions/{missionId}/call/open': {
        post: { operationId: 'MissionsController_open', responses: { '201': { description: 'The mission, calling.' } } },
      },
    });

    const responses = documentResponses(document, new Map([['MissionsController_open', guarded]])).paths['/missions/{missionId}/call/open']?.post?.responses;

    expect(responses?.['201']).toBeUndefined();
    expect(responses?.['200']).toEqual({ description: 'The mission, calling.' });
  });

  it('gives a public, unthrottled read without input no auth errors, no 400, no 429 and an empty security requirement', () => {
    const document = documentOf({ '/health/live': { get: { operationId: 'HealthController_live', responses: { '200': { description: 'ok' } } } } });

    const operation = documentResponses(document, new Map([['HealthController_live', { ...guarded, isPublic: true, throttled: false }]])).paths['/health/live']?.get;

    expect(Object.keys(operation?.responses ?? {})).toEqual(['200']);
    expect(operation?.security).toEqual([]);
  });

  it('gives the success response of an event stream its media type', () => {
    const document = documentOf({
      '/subscriptions/{subscriptionId}/stream': { get: { operationId: 'StreamController_stream', responses: { '200': { description: 'text/event-stream' } } } },
    });

    const responses = documentResponses(document, new Map([['StreamController_stream', { ...guarded, produces: ['text/event-stream'] }]])).paths[
      '/subscriptions/{subscriptionId}/stream'
    ]?.get?.responses;

    expect(responses?.['200']).toMatchObject({ description: 'text/event-stream', content: { 'text/event-stream': { schema: { type: 'object', properties: { data: { type: 'string' } } } } } });
  });

  it('leaves operations it knows nothing about alone', () => {
    const document = documentOf({ '/other': { get: { operationId: 'Unknown_get', responses: { '200': { description: 'ok' } } } } });

    expect(Object.keys(documentResponses(document, new Map()).paths['/other']?.get?.responses ?? {})).toEqual(['200']);
  });
});

describe('ERROR_BODY_SCHEMA', () => {
  it('names exactly the fields errorBody renders, and requires the ones it always renders', () => {
    const rendered = errorBody(400, 'Validation failed: name: must be a string', [{ field: 'name', reason: 'must be a string' }]);

    expect(Object.keys(ERROR_BODY_SCHEMA.properties ?? {}).sort()).toEqual(Object.keys(rendered).sort());
    expect(ERROR_BODY_SCHEMA.required).toEqual(Object.keys(errorBody(404, 'Not found')));
  });
});
