import { waitFor as pollUntilTruthy, type WaitForOptions } from '@icn/testing';

export { sleep, type WaitForOptions } from '@icn/testing';

/**
 * The scenarios' wait: the shared poll of @icn/testing with the patience of real processes (60 s,
 * every 250 ms), and "done" meaning anything but `undefined`/`false` — a scenario may wait for a
 * count of 0 or an empty string. Errors thrown by the probe count as "not yet" (a service that is
 * restarting refuses connections); the last one is reported if the wait times out.
 */
export async function waitFor<T>(probe: () => Promise<T | undefined | false> | T | undefined | false, options: WaitForOptions = {}): Promise<T> {
  const settled = await pollUntilTruthy(
    async () => {
      const value = await probe();
      return value === undefined || value === false ? undefined : { value };
    },
    { timeoutMs: 60_000, intervalMs: 250, ...options },
  );
  return settled.value;
}
