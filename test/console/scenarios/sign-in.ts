import { newContext, screenshot } from '../support/browser';
import type { PersonaKey } from '../support/console-platform';
import { signIn } from '../support/sign-in';
import type { World } from './world';

/** Navigation each role must see — and must not see (the services refuse it anyway). */
const NAVIGATION: Record<PersonaKey, { shows: string[]; hides: string[] }> = {
  admin: { shows: ['Live feed', 'Members', 'Operations', 'Statistics'], hides: ['My organisation'] },
  managerA: { shows: ['Live feed', 'Members', 'ICN Passport', 'Consortia'], hides: ['Operations'] },
  managerB: { shows: ['Members'], hides: ['Operations'] },
  memberA: { shows: ['Live feed', 'Opportunities', 'Subscriptions', 'My organisation', 'ICN Passport', 'Consortia'], hides: ['Members', 'Operations'] },
  memberB: { shows: ['Live feed'], hides: ['Members', 'Operations'] },
};

export function describeSignIn(world: World): void {
  describe('sign-in through the OpenID provider', () => {
    it.each(Object.keys(NAVIGATION) as PersonaKey[])('signs %s in and shows the navigation of their role', async (key) => {
      const { platform, browser } = world();
      const persona = platform.personas[key];
      const context = await newContext(browser, platform.consoleUrl);
      try {
        const page = await signIn(context, persona);
        const navigation = page.getByRole('navigation', { name: 'Main navigation' });
        for (const label of NAVIGATION[key].shows) await navigation.getByRole('link', { name: label }).waitFor();
        for (const label of NAVIGATION[key].hides) expect(await navigation.getByRole('link', { name: label }).count()).toBe(0);
        await screenshot(page, `sign-in-${key}`);

        // A page of another role is not there for them, even typed by hand.
        if (NAVIGATION[key].hides.includes('Operations')) {
          await page.goto('/operations');
          await page.getByRole('heading', { name: 'Page not found' }).waitFor();
        }

        // Signing out ends the console session at once, then the provider's (it asks to confirm)
        // and comes back to the console's sign-in page.
        await page.goto('/feed');
        await page.getByRole('button', { name: 'Sign out' }).click();
        await page.getByRole('button', { name: 'Yes, sign me out' }).click();
        await page.getByRole('link', { name: 'Sign in' }).waitFor();
        expect(new URL(page.url()).origin).toBe(new URL(platform.consoleUrl).origin);
        expect((await context.request.get('/auth/me')).status()).toBe(401);
        // The provider's session ended too: signing in asks for the password again.
        await page.getByRole('link', { name: 'Sign in' }).click();
        await page.getByLabel(/password/i).waitFor();
      } finally {
        await context.close();
      }
    });

    it('refuses an API call without a session and a cross-site write with one', async () => {
      const { platform, browser } = world();
      const context = await newContext(browser, platform.consoleUrl);
      try {
        expect((await context.request.get('/api/opportunities/opportunities')).status()).toBe(401);
        await signIn(context, platform.personas.managerA);
        const forged = await context.request.post('/api/opportunities/opportunities', { headers: { origin: 'https://evil.example' }, data: {} });
        expect(forged.status()).toBe(403);
      } finally {
        await context.close();
      }
    });
  });
}
