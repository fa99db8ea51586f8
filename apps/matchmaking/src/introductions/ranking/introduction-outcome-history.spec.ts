import type { Logger } from 'pino';
import { IntroductionOutcomeHistory } from './introduction-outcome-history';
import type { IntroductionOutcomeReader, IntroductionWithOutcome } from './introduction-outcome.reader';

const A = 'org-a';
const B = 'org-b';

function stored(overrides: Partial<IntroductionWithOutcome> & { outcome: IntroductionWithOutcome['outcome'] }): IntroductionWithOutcome {
  return { _id: 'intro-1', requesterOrganisationId: A, targetOrganisationId: B, version: 3, ...overrides };
}

async function* streamOf<T>(items: T[]): AsyncIterable<T> {
  for (const item of items) yield item;
}

function historyOver(all: IntroductionWithOutcome[], recent: IntroductionWithOutcome[] = []) {
  const reader = { all: jest.fn(() => streamOf(all)), recordedSince: jest.fn((_since: string) => streamOf(recent)) };
  const logger = { info: jest.fn(), warn: jest.fn() };
  const history = new IntroductionOutcomeHistory(reader as unknown as IntroductionOutcomeReader, logger as unknown as Logger);
  return { history, reader, logger };
}

describe('IntroductionOutcomeHistory', () => {
  let toDestroy: IntroductionOutcomeHistory[] = [];
  afterEach(() => {
    for (const history of toDestroy) history.onModuleDestroy();
    toDestroy = [];
  });

  it('loads every recorded outcome at start-up, symmetric for the pair', async () => {
    const { history } = historyOver([stored({ outcome: { outcome: 'no-further-contact', recordedBy: 'x', recordedAt: '2026-11-01T00:00:00.000Z' } })]);
    toDestroy.push(history);
    await history.onModuleInit();
    expect(history.latestOutcomesWith(A)?.get(B)).toBe('no-further-contact');
    expect(history.latestOutcomesWith(B)?.get(A)).toBe('no-further-contact');
    expect(history.trackRecord(A)).toEqual({ 'no-further-contact': 1 });
  });

  it('replaces an introduction’s outcome with a newer version, and ignores an older one read late', async () => {
    const { history } = historyOver([]);
    toDestroy.push(history);
    await history.onModuleInit();
    const base = { introductionId: 'intro-1', requesterOrganisationId: A, targetOrganisationId: B };
    history.apply({ ...base, outcome: 'follow-up-meeting', recordedAt: '2026-11-01T00:00:00.000Z', version: 3 });
    history.apply({ ...base, outcome: 'cooperation-agreement', recordedAt: '2026-11-02T00:00:00.000Z', version: 4 });
    history.apply({ ...base, outcome: 'follow-up-meeting', recordedAt: '2026-11-01T00:00:00.000Z', version: 3 });
    expect(history.trackRecord(A)).toEqual({ 'follow-up-meeting': 0, 'cooperation-agreement': 1 });
    expect(history.latestOutcomesWith(B)?.get(A)).toBe('cooperation-agreement');
  });

  it('catches up with outcomes recorded on other replicas, looking back before the previous catch-up', async () => {
    const later = stored({ _id: 'intro-2', version: 5, outcome: { outcome: 'joint-proposal', recordedBy: 'y', recordedAt: new Date().toISOString() } });
    const { history, reader } = historyOver([], [later]);
    toDestroy.push(history);
    const before = Date.now();
    await history.onModuleInit();
    await history.catchUp();
    expect(history.trackRecord(B)).toEqual({ 'joint-proposal': 1 });
    const since = Date.parse(reader.recordedSince.mock.calls[0]?.[0] ?? '');
    expect(since).toBeLessThanOrEqual(before - 119_000);
  });

  it('survives a failed catch-up and logs it', async () => {
    const { history, reader, logger } = historyOver([]);
    toDestroy.push(history);
    await history.onModuleInit();
    reader.recordedSince.mockImplementationOnce(() => {
      throw new Error('database away');
    });
    await expect(history.catchUp()).resolves.toBeUndefined();
    expect(logger.warn).toHaveBeenCalled();
  });
});
