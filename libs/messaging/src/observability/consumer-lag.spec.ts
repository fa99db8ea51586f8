import { partitionLag, storedRecords } from './consumer-lag';

describe('partitionLag', () => {
  const marks = { partition: 0, low: '100', high: '130' };

  it('counts the records between the committed offset and the high watermark', () => {
    expect(partitionLag('120', marks, true)).toBe(10);
    expect(partitionLag('130', marks, true)).toBe(0);
  });

  it('counts everything stored for a group that never committed and reads from the beginning', () => {
    expect(partitionLag('-1', marks, true)).toBe(30);
  });

  it('counts nothing for a group that never committed and starts at the end', () => {
    expect(partitionLag('-1', marks, false)).toBe(0);
  });

  it('is never negative (a committed offset read just after a newer high watermark)', () => {
    expect(partitionLag('131', marks, true)).toBe(0);
  });
});

describe('storedRecords', () => {
  it('sums high minus low over the partitions (records removed by retention are not counted)', () => {
    expect(storedRecords([{ partition: 0, low: '10', high: '13' }, { partition: 1, low: '0', high: '2' }])).toBe(5);
  });

  it('is 0 for an empty topic and never negative', () => {
    expect(storedRecords([{ partition: 0, low: '7', high: '7' }])).toBe(0);
    expect(storedRecords([])).toBe(0);
  });
});
