import { RequestContext } from './request-context';

describe('RequestContext', () => {
  it('is empty outside a run', () => {
    expect(RequestContext.current()).toBeUndefined();
    expect(RequestContext.correlationId()).toBeUndefined();
  });

  it('exposes the context inside a run, across awaits', async () => {
    const seen = await RequestContext.run({ correlationId: 'c-1', causationId: 'e-1' }, async () => {
      await new Promise((resolve) => setImmediate(resolve));
      return { correlationId: RequestContext.correlationId(), causationId: RequestContext.causationId() };
    });
    expect(seen).toEqual({ correlationId: 'c-1', causationId: 'e-1' });
    expect(RequestContext.current()).toBeUndefined();
  });

  it('keeps concurrent runs apart', async () => {
    const observe = (id: string, delayMs: number) =>
      RequestContext.run({ correlationId: id }, async () => {
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        return RequestContext.correlationId();
      });
    await expect(Promise.all([observe('a', 5), observe('b', 1)])).resolves.toEqual(['a', 'b']);
  });

  it('lets a nested run override the outer context', () => {
    RequestContext.run({ correlationId: 'outer' }, () => {
      RequestContext.run({ correlationId: 'outer', causationId: 'event-9' }, () => {
        expect(RequestContext.current()).toEqual({ correlationId: 'outer', causationId: 'event-9' });
      });
      expect(RequestContext.causationId()).toBeUndefined();
    });
  });
});
