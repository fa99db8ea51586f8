import type { FeedEntry } from '../../notifications/domain/feed-entry';
import { SseConnection } from './sse-connection';
import { parseLastEventId } from './sse-format';

function feedOf(count: number): FeedEntry[] {
  return Array.from({ length: count }, (_, i) => ({
    subscriptionId: 's',
    seq: i + 1,
    notificationId: `n${i + 1}`,
    kind: 'published' as const,
    opportunityId: 'o',
    event: `{"seq":${i + 1}}`,
  }));
}

function setup(stored: FeedEntry[], lastSeq = 0, pageSize = 3) {
  const frames: string[] = [];
  const reader = jest.fn(async (after: number, limit: number, until?: number) =>
    stored.filter((entry) => entry.seq > after && (until === undefined || entry.seq <= until)).slice(0, limit),
  );
  const connection = new SseConnection('s', lastSeq, { write: (chunk) => frames.push(chunk) }, reader, pageSize);
  const ids = () => frames.map((frame) => Number(/^id: (\d+)/.exec(frame)?.[1]));
  return { connection, ids, reader };
}

const live = (seq: number) => ({ seq, kind: 'published', event: `{"seq":${seq}}` });

describe('SseConnection', () => {
  it('replays the feed after the resume point in pages, in order', async () => {
    const { connection, ids } = setup(feedOf(7), 2);
    await connection.start();
    expect(ids()).toEqual([3, 4, 5, 6, 7]);
  });

  it('drops live duplicates and fills gaps from the feed', async () => {
    const stored = feedOf(3);
    const { connection, ids } = setup(stored);
    await connection.start();
    await connection.offer(live(2)); // already replayed
    stored.push(...feedOf(6).slice(3));
    await connection.offer(live(6)); // 4 and 5 were published out of order or missed
    await connection.offer(live(4));
    await connection.offer(live(7 - 1));
    expect(ids()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('queues live notifications behind the replay', async () => {
    const stored = feedOf(2);
    const { connection, ids } = setup(stored);
    const replay = connection.start();
    void connection.offer(live(2));
    stored.push(...feedOf(3).slice(2));
    void connection.offer(live(3));
    await replay;
    await connection.resync();
    expect(ids()).toEqual([1, 2, 3]);
  });

  it('sends nothing after close', async () => {
    const { connection, ids } = setup(feedOf(2));
    connection.close();
    await connection.start();
    expect(ids()).toEqual([]);
  });
});

describe('parseLastEventId', () => {
  it.each([
    [undefined, undefined, 0],
    ['12', undefined, 12],
    [undefined, '7', 7],
    ['x', undefined, 'invalid'],
    ['-1', undefined, 'invalid'],
  ])('%s / %s -> %s', (header, query, expected) => {
    expect(parseLastEventId(header, query)).toBe(expected);
  });
});
