import { ReadinessRegistry } from '@icn/platform';
import type { SseHub } from '../http/sse-hub';
import { StreamMembership } from './stream-membership';

describe('StreamMembership', () => {
  const setUp = () => {
    const hub = { resyncAll: jest.fn() };
    const readiness = new ReadinessRegistry();
    const membership = new StreamMembership(hub as unknown as SseHub, readiness);
    const check = readiness.list().find((entry) => entry.name === 'sse-broadcast');
    if (check === undefined) throw new Error('no sse-broadcast readiness check');
    return { hub, membership, check };
  };

  it('is not ready before its first join', async () => {
    const { membership, check } = setUp();
    expect(membership.isJoined).toBe(false);
    await expect(check.check()).rejects.toThrow('has not joined');
  });

  it('re-reads every open stream on each (re)join and reports the group it joined', async () => {
    const { hub, membership, check } = setUp();
    membership.joined('opportunities.stream.r1');
    expect(hub.resyncAll).toHaveBeenCalledTimes(1);
    await expect(check.check()).resolves.toEqual({ groupId: 'opportunities.stream.r1' });

    membership.left();
    await expect(check.check()).rejects.toThrow('has not joined');
    membership.joined('opportunities.stream.r1');
    expect(hub.resyncAll).toHaveBeenCalledTimes(2);
  });
});
