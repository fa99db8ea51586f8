import { Topics } from '../topics';
import { defineEvent } from './event-definition';

class ExampleV2 {}

const valid = {
  type: 'org.icn.example.thing.happened.v2',
  version: 2,
  topic: Topics.membershipOrganisation,
  aggregate: 'thing',
  payload: ExampleV2,
  summary: 'Something happened.',
};

describe('defineEvent', () => {
  it('returns the definition, frozen', () => {
    const definition = defineEvent(valid);
    expect(definition).toEqual(valid);
    expect(Object.isFrozen(definition)).toBe(true);
  });

  it('rejects a type without the version suffix', () => {
    expect(() => defineEvent({ ...valid, type: 'org.icn.example.thing.happened' })).toThrow(/must start with org\.icn\. and end with \.v2/);
  });

  it('rejects a suffix that disagrees with the version', () => {
    expect(() => defineEvent({ ...valid, type: 'org.icn.example.thing.happened.v1' })).toThrow(/end with \.v2/);
  });

  it('rejects a type outside the org.icn namespace', () => {
    expect(() => defineEvent({ ...valid, type: 'com.acme.thing.happened.v2' })).toThrow(/must start with org\.icn\./);
  });
});
