/**
 * Scenario sizes are the ones the reliability brief asks for; `E2E_SCALE` (e.g. 0.2) shrinks them
 * for a quick local iteration without editing the specs. CI runs them at full size.
 */
export function scaled(count: number): number {
  const factor = Number(process.env['E2E_SCALE'] ?? '1');
  if (!Number.isFinite(factor) || factor <= 0) throw new Error(`E2E_SCALE must be a positive number, got ${process.env['E2E_SCALE']}`);
  return Math.max(10, Math.round(count * factor));
}
