import { waitFor } from './wait-for';

describe('waitFor', () => {
  it('returns the first truthy value', async () => {
    let n = 0;
    await expect(waitFor(() => (++n >= 3 ? n : 0), { intervalMs: 1 })).resolves.toBe(3);
  });

  it('names what it waited for and the last error on timeout', async () => {
    await expect(
      waitFor(
        () => {
          throw new Error('not yet');
        },
        { timeoutMs: 20, intervalMs: 5, description: 'the thing' },
      ),
    ).rejects.toThrow('timed out after 20 ms waiting for the thing (last error: not yet)');
  });
});
