/**
 * Delay before attempt `attempt + 1` after `attempt` failed (1-based): base, 2·base, 4·base …
 * capped, with ±20 % jitter so a receiver coming back is not hit by every retry at once.
 */
export function retryDelayMs(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  const jitter = 1 + (random() * 0.4 - 0.2);
  return Math.max(1, Math.round(Math.min(maxMs, exponential * jitter)));
}
