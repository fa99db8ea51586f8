import { AggregateLock } from './aggregate-lock';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('AggregateLock', () => {
  it('runs work on one key one at a time, in call order', async () => {
    const lock = new AggregateLock();
    const log: string[] = [];
    const job = (name: string) => lock.run('organisations:a', async () => {
      log.push(`${name}:start`);
      await tick();
      log.push(`${name}:end`);
    });
    await Promise.all([job('1'), job('2'), job('3')]);
    expect(log).toEqual(['1:start', '1:end', '2:start', '2:end', '3:start', '3:end']);
  });

  it('lets different keys run concurrently and survives a failing job', async () => {
    const lock = new AggregateLock();
    const log: string[] = [];
    await Promise.all([
      lock.run('a', async () => { log.push('a:start'); await tick(); log.push('a:end'); }),
      lock.run('b', async () => { log.push('b:start'); await tick(); log.push('b:end'); }),
      expect(lock.run('a', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom'),
    ]);
    expect(log.slice(0, 2)).toEqual(['a:start', 'b:start']);
    await expect(lock.run('a', () => Promise.resolve('still works'))).resolves.toBe('still works');
  });
});
