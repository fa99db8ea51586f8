import { findBackwardIncompatibilities } from './backward-compatibility';
import type { JsonSchema } from './json-schema';

/** A small event schema in the generated shape: a nested definition behind a $ref, closed objects. */
function eventSchema(change: (contact: JsonSchema, root: JsonSchema) => void = () => undefined): JsonSchema {
  const contact: JsonSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['email'],
    properties: {
      email: { type: 'string', format: 'email' },
      role: { type: 'string', minLength: 1, maxLength: 120 },
      kind: { type: 'string', enum: ['primary', 'billing'] },
      clusterId: { type: 'string', pattern: '^[a-z]+$' },
      score: { type: 'integer', minimum: 0 },
    },
  };
  const root: JsonSchema = {
    type: 'object',
    required: ['data'],
    properties: { data: { type: 'array', maxItems: 10, items: { $ref: '#/definitions/Contact' } } },
    definitions: { Contact: contact },
  };
  change(contact, root);
  return root;
}

describe('findBackwardIncompatibilities', () => {
  it('accepts an identical schema', () => {
    expect(findBackwardIncompatibilities(eventSchema(), eventSchema())).toEqual([]);
  });

  it('accepts additive and widening changes', () => {
    const after = eventSchema((contact, root) => {
      contact.properties = {
        ...contact.properties,
        phone: { type: 'string' },
        kind: { type: 'string', enum: ['primary', 'billing', 'technical'] },
        role: { type: 'string', minLength: 0, maxLength: 200 },
        score: { type: 'number', minimum: -1 },
      };
      root.properties = { data: { type: 'array', maxItems: 20, items: { $ref: '#/definitions/Contact' } } };
      root.description = 'documentation may change freely';
    });
    expect(findBackwardIncompatibilities(eventSchema(), after)).toEqual([]);
  });

  it.each<[string, (contact: JsonSchema, root: JsonSchema) => void, string]>([
    ['a removed property', (contact) => delete contact.properties?.role, '$.data[].role: property removed'],
    ['a newly required property', (contact) => contact.required?.push('role'), '$.data[].role: newly required'],
    ['a narrowed type', (contact) => Object.assign(contact.properties?.score ?? {}, { type: 'string' }), '$.data[].score: type narrowed, no longer accepts integer'],
    ['a narrowed enum', (contact) => Object.assign(contact.properties?.kind ?? {}, { enum: ['primary'] }), '$.data[].kind: allowed values narrowed, removed ["billing"]'],
    ['a new enum', (contact) => Object.assign(contact.properties?.role ?? {}, { enum: ['CEO'] }), '$.data[].role: values newly restricted to ["CEO"]'],
    ['a new pattern', (contact) => Object.assign(contact.properties?.role ?? {}, { pattern: '^[A-Z]' }), '$.data[].role: pattern added (^[A-Z])'],
    ['a changed pattern', (contact) => Object.assign(contact.properties?.clusterId ?? {}, { pattern: '^[a-z]{2,}$' }), '$.data[].clusterId: pattern changed (^[a-z]{2,}$)'],
    ['a changed format', (contact) => Object.assign(contact.properties?.email ?? {}, { format: 'idn-email' }), '$.data[].email: format changed'],
    ['a raised minimum length', (contact) => Object.assign(contact.properties?.role ?? {}, { minLength: 2 }), '$.data[].role: minLength raised to 2'],
    ['a lowered maximum of items', (_contact, root) => Object.assign(root.properties?.data ?? {}, { maxItems: 5 }), '$.data: maxItems lowered to 5'],
  ])('rejects %s', (_name, change, expected) => {
    expect(findBackwardIncompatibilities(eventSchema(), eventSchema(change))).toEqual([expected]);
  });

  it('accepts renaming a required property when the old name remains one alternative (anyOf)', () => {
    const renamed = eventSchema((_contact, root) => {
      root.required = [];
      root.properties = { ...root.properties, items: root.properties?.data ?? {} };
      root.anyOf = [{ required: ['items'] }, { required: ['data'] }];
    });
    expect(findBackwardIncompatibilities(eventSchema(), renamed)).toEqual([]);
  });

  it('rejects an added anyOf none of whose alternatives the old schema implied', () => {
    const renamed = eventSchema((_contact, root) => {
      root.required = [];
      root.properties = { ...root.properties, items: root.properties?.data ?? {} };
      root.anyOf = [{ required: ['items'] }, { required: ['data', 'extra'] }];
    });
    expect(findBackwardIncompatibilities(eventSchema(), renamed)).toEqual(['$: anyOf added']);
  });

  it('rejects closing an object that allowed additional properties', () => {
    const before = eventSchema((contact) => delete contact.additionalProperties);
    expect(findBackwardIncompatibilities(before, eventSchema())).toEqual(['$.data[]: additional properties are no longer allowed']);
  });

  it('follows a $ref whose target was renamed', () => {
    const after = eventSchema((contact, root) => {
      root.definitions = { ContactV2: { ...contact, required: ['email', 'kind'] } };
      root.properties = { data: { type: 'array', maxItems: 10, items: { $ref: '#/definitions/ContactV2' } } };
    });
    expect(findBackwardIncompatibilities(eventSchema(), after)).toEqual(['$.data[].kind: newly required']);
  });

  it('terminates on recursive schemas', () => {
    const tree = (): JsonSchema => ({
      $ref: '#/definitions/Node',
      definitions: { Node: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/definitions/Node' } } } } },
    });
    expect(findBackwardIncompatibilities(tree(), tree())).toEqual([]);
  });
});
