import { describe, expect, it } from '@jest/globals';
import { summariseAsyncApi } from './asyncapi-summary';

// The shape of the platform's document (libs/contracts' generator), cut to one topic and its dead-letter channel.
const DOCUMENT = {
  asyncapi: '3.0.0',
  id: 'urn:org:icn:platform:events',
  info: { title: 'ICN Platform events', version: '1.1.0', description: 'Integration events.' },
  defaultContentType: 'application/cloudevents+json',
  channels: {
    membershipCluster: {
      address: 'icn.membership.cluster.v1',
      description: 'Events of the membership service about each cluster.',
      messages: {
        'org.icn.membership.cluster.registered.v1': { $ref: '#/components/messages/org.icn.membership.cluster.registered.v1' },
      },
    },
    membershipClusterDeadLetter: {
      address: 'icn.membership.cluster.v1.dlq',
      messages: { 'dead-letter': { $ref: '#/components/messages/dead-letter' } },
    },
    broken: 'not a channel',
  },
  operations: {},
  components: {
    messages: {
      'org.icn.membership.cluster.registered.v1': {
        name: 'ClusterRegisteredV1',
        summary: 'A cluster joined the network.',
        payload: { type: 'object', properties: { data: { $ref: '#/components/schemas/ClusterRegisteredV1' } } },
      },
      'dead-letter': { name: 'DeadLetter', summary: 'An event a consumer could not process.', payload: { description: 'The original message value.' } },
    },
    schemas: { ClusterRegisteredV1: { type: 'object' } },
  },
};

describe('summariseAsyncApi', () => {
  it('lists each channel with its messages and their payload schema names, following $refs', () => {
    expect(summariseAsyncApi(DOCUMENT)).toEqual({
      title: 'ICN Platform events',
      version: '1.1.0',
      specVersion: '3.0.0',
      description: 'Integration events.',
      channels: [
        {
          id: 'membershipCluster',
          address: 'icn.membership.cluster.v1',
          description: 'Events of the membership service about each cluster.',
          messages: [{ id: 'org.icn.membership.cluster.registered.v1', name: 'ClusterRegisteredV1', summary: 'A cluster joined the network.', payloadSchema: 'ClusterRegisteredV1' }],
        },
        {
          id: 'membershipClusterDeadLetter',
          address: 'icn.membership.cluster.v1.dlq',
          messages: [{ id: 'dead-letter', name: 'DeadLetter', summary: 'An event a consumer could not process.', payloadDescription: 'The original message value.' }],
        },
      ],
    });
  });

  it('keeps a message whose reference leads nowhere, with its id only', () => {
    const summary = summariseAsyncApi({ asyncapi: '3.0.0', info: {}, channels: { a: { address: 'a', messages: { x: { $ref: '#/components/messages/missing' } } } } });
    expect(summary?.channels[0]?.messages).toEqual([{ id: 'x' }]);
  });

  it('answers undefined for something that is not an AsyncAPI document', () => {
    expect(summariseAsyncApi(null)).toBeUndefined();
    expect(summariseAsyncApi([1, 2])).toBeUndefined();
    expect(summariseAsyncApi({ openapi: '3.0.0' })).toBeUndefined();
  });
});
