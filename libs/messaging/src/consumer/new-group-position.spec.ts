import { unpositionedPartitions } from './new-group-position';

describe('unpositionedPartitions', () => {
  const ends = [
    { partition: 0, offset: '10' },
    { partition: 1, offset: '20' },
    { partition: 2, offset: '30' },
  ];

  it('positions every partition of a group that never committed at the current end', () => {
    expect(unpositionedPartitions([], ends)).toEqual(ends);
    expect(unpositionedPartitions(ends.map(({ partition }) => ({ partition, offset: '-1' })), ends)).toEqual(ends);
  });

  it('never moves a partition the group already has a position for', () => {
    const committed = [
      { partition: 0, offset: '4' },
      { partition: 1, offset: '-1' },
      { partition: 2, offset: '0' },
    ];
    expect(unpositionedPartitions(committed, ends)).toEqual([{ partition: 1, offset: '20' }]);
  });
});
