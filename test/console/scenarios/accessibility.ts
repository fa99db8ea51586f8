import { type AxeViolation, axeViolations, describeViolations } from '../support/accessibility';
import { newContext, screenshot } from '../support/browser';
import type { PersonaKey } from '../support/console-platform';
import { signIn } from '../support/sign-in';
import type { World } from './world';

const PERSONAS: readonly PersonaKey[] = ['admin', 'managerA', 'memberA'];
const WIDTHS = [1280, 375] as const;

/**
 * Every page each role can open, at desktop width and at 375 px: axe-core finds no serious or
 * critical WCAG 2.2 A/AA violation, the page keeps to the screen's width, and a screenshot is kept.
 */
export function describeAccessibility(world: World): void {
  describe('accessibility of every page', () => {
    const found: { page: string; violations: AxeViolation[] }[] = [];

    afterAll(() => {
      const all = found.flatMap((entry) => entry.violations);
      const byImpact = (impact: string) => all.filter((violation) => violation.impact === impact).length;
      console.log(`[console] axe: ${found.length} page views scanned; violations critical ${byImpact('critical')}, serious ${byImpact('serious')}, moderate ${byImpact('moderate')}, minor ${byImpact('minor')}`);
    });

    it.each(PERSONAS.flatMap((persona) => WIDTHS.map((width) => [persona, width] as const)))('%s at %i px', async (key, width) => {
      const { platform, browser } = world();
      const context = await newContext(browser, platform.consoleUrl, { width, bypassCSP: true });
      try {
        const page = await signIn(context, platform.personas[key]);
        // The sign-in page and the first focusable element: the skip link. The page's heading takes
        // focus once the page has loaded (PageHeader); then, from the top of the document as a fresh
        // load starts, the first Tab must reach the skip link (pressed before the lazily loaded page
        // had mounted, the heading could take focus between the key and the check).
        await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
        await page.evaluate(() => {
          document.body.tabIndex = -1;
          document.body.focus();
          document.body.removeAttribute('tabindex');
        });
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');

        const links = page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link');
        if (width < 700) await page.getByRole('button', { name: 'Menu' }).click();
        const targets = await links.evaluateAll((anchors) => anchors.map((anchor) => ({ href: anchor.getAttribute('href') ?? '', label: anchor.textContent ?? '' })));
        expect(targets.length).toBeGreaterThan(5);
        const serious: string[] = [];
        for (const target of targets) {
          await page.goto(target.href);
          await page.getByRole('heading', { level: 1 }).first().waitFor();
          await page.waitForLoadState('networkidle').catch(() => undefined); // the live feed never idles
          const violations = await axeViolations(page);
          found.push({ page: `${key}@${width}${target.href}`, violations });
          const blocking = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
          if (blocking.length > 0) serious.push(`${target.href}:\n${describeViolations(blocking)}`);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (overflow > 1) serious.push(`${target.href}: ${overflow} px wider than the ${width} px screen`);
          await screenshot(page, `${key}-${width}${target.href.replace(/\//g, '-')}`);
        }
        expect(serious).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
}
