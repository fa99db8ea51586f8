import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: { target: string[] }[];
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's WCAG 2.2 A/AA rules on the page as it is now (the context must bypass the page's CSP,
 * which rightly forbids injected scripts). Returns every violation; callers assert on the serious
 * and critical ones, and print the rest.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map(({ target }) => ({ target })) }));
  });
}

export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations.map((violation) => `${violation.impact ?? 'unknown'} ${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`).join('\n');
}

/** The serious and critical violations of the page as it is now, described (empty: none), for scenarios that scan pages the navigation does not reach. */
export async function blockingViolations(page: Page): Promise<string> {
  return describeViolations((await axeViolations(page)).filter((violation) => violation.impact === 'serious' || violation.impact === 'critical'));
}
