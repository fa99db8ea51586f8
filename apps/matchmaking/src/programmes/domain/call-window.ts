import type { CallWindowV1 } from '@icn/contracts';

/**
 * Where a programme's call stands at a moment: the window runs from `opensAt` (inclusive) to
 * `closesAt` (exclusive), as the network service decides it for applications (the contract's rule).
 */
export type CallWindowPhase = 'upcoming' | 'open' | 'closed';

export function callWindowPhase(window: CallWindowV1, nowMs: number): CallWindowPhase {
  if (nowMs < Date.parse(window.opensAt)) return 'upcoming';
  return nowMs < Date.parse(window.closesAt) ? 'open' : 'closed';
}
