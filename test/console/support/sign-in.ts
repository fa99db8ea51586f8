import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD, type Persona } from './console-platform';

/**
 * Signs a persona in the way a person does: the console's sign-in button, the provider's own login
 * page, and back to the page asked for, where the header names them.
 */
export async function signIn(context: BrowserContext, persona: Persona, path = '/feed'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(path);
  await page.getByRole('link', { name: 'Sign in' }).click();
  await page.getByLabel(/user ?name/i).fill(persona.username);
  await page.getByLabel(/password/i).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /sign in/i }).click();
  await page.getByText(`Signed in as ${persona.name}`).waitFor();
  return page;
}
