import { selectedConsumerGroups } from './consumer-group-selection';

describe('ONLY_CONSUMER_GROUPS', () => {
  const declared = ['directory', 'opportunities', 'suggestions'];

  it('runs every declared group when unset or empty', () => {
    expect(selectedConsumerGroups(declared, {})).toBeUndefined();
    expect(selectedConsumerGroups(declared, { ONLY_CONSUMER_GROUPS: ' , ' })).toBeUndefined();
  });

  it('runs only the groups it names', () => {
    expect(selectedConsumerGroups(declared, { ONLY_CONSUMER_GROUPS: 'directory' })).toEqual(new Set(['directory']));
    expect(selectedConsumerGroups(declared, { ONLY_CONSUMER_GROUPS: ' directory , opportunities ' })).toEqual(new Set(['directory', 'opportunities']));
  });

  it('refuses a name no group is declared under, listing the declared ones', () => {
    expect(() => selectedConsumerGroups(declared, { ONLY_CONSUMER_GROUPS: 'directory,matchmaking.directory' })).toThrow(
      'ONLY_CONSUMER_GROUPS: no consumer group is declared as "matchmaking.directory"; this service declares "directory", "opportunities", "suggestions"',
    );
  });
});
