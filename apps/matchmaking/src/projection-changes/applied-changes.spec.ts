import { AppliedChanges } from './applied-changes';

describe('AppliedChanges', () => {
  it('calls every listener in subscription order with the id', async () => {
    const changes = new AppliedChanges();
    const calls: string[] = [];
    changes.subscribe(async (id) => void calls.push(`a:${id}`));
    changes.subscribe(async (id) => void calls.push(`b:${id}`));

    await changes.notify('x');

    expect(calls).toEqual(['a:x', 'b:x']);
  });

  it('lets a listener failure reach the caller, so the event is retried', async () => {
    const changes = new AppliedChanges();
    changes.subscribe(async () => {
      throw new Error('index update failed');
    });

    await expect(changes.notify('x')).rejects.toThrow('index update failed');
  });

  it('does nothing without listeners', async () => {
    await expect(new AppliedChanges().notify('x')).resolves.toBeUndefined();
  });
});
