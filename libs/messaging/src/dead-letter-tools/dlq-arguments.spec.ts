import { DlqUsageError, parseDlqArguments } from './dlq-arguments';

describe('parseDlqArguments', () => {
  it('reads list with its defaults and options', () => {
    expect(parseDlqArguments(['list', 'icn.x.v1.dlq'])).toEqual({ command: 'list', topic: 'icn.x.v1.dlq', limit: 50, json: false });
    expect(parseDlqArguments(['list', 'icn.x.v1.dlq', '--limit', '5', '--group=g', '--json'])).toEqual({ command: 'list', topic: 'icn.x.v1.dlq', limit: 5, group: 'g', json: true });
  });

  it('reads redrive by offsets (deduplicated, canonical) or all, with a dry run', () => {
    expect(parseDlqArguments(['redrive', 'icn.x.v1.dlq', '--offsets', '0:12,2:007,0:12'])).toEqual({
      command: 'redrive',
      topic: 'icn.x.v1.dlq',
      selection: { kind: 'offsets', positions: [{ partition: 0, offset: '12' }, { partition: 2, offset: '7' }] },
      dryRun: false,
      json: false,
    });
    expect(parseDlqArguments(['redrive', 'icn.x.v1.dlq', '--all', '--group', 'matchmaking.directory', '--dry-run'])).toEqual({
      command: 'redrive',
      topic: 'icn.x.v1.dlq',
      selection: { kind: 'all', group: 'matchmaking.directory' },
      dryRun: true,
      json: false,
    });
  });

  it.each([
    [['remove', 'a.dlq'], /unknown command/],
    [['list'], /needs a dead-letter topic/],
    [['list', 'icn.x.v1'], /not a dead-letter topic/],
    [['list', 'a.dlq', '--limit', '0'], /--limit must be a positive integer/],
    [['list', 'a.dlq', '--all'], /unknown option "--all"/],
    [['redrive', 'a.dlq'], /exactly one of --offsets/],
    [['redrive', 'a.dlq', '--all', '--offsets', '0:1'], /exactly one of --offsets/],
    [['redrive', 'a.dlq', '--offsets', '0:1', '--group', 'g'], /--group selects among --all/],
    [['redrive', 'a.dlq', '--offsets', '0-1'], /partition:offset pairs/],
    [['redrive', 'a.dlq', '--offsets'], /--offsets needs a value/],
  ])('refuses %j', (args, message) => {
    expect(() => parseDlqArguments(args)).toThrow(DlqUsageError);
    expect(() => parseDlqArguments(args)).toThrow(message);
  });

  it('asks for help without arguments', () => {
    expect(parseDlqArguments([])).toEqual({ command: 'help' });
  });
});
