import type { Page } from 'playwright-core';
import { newContext, screenshot } from '../support/browser';
import { signIn } from '../support/sign-in';
import type { World } from './world';

const inTwoMonths = (): string => new Date(Date.now() + 60 * 24 * 3600 * 1000).toISOString().slice(0, 16);

async function openTab(page: Page, consortiumPath: string, tab: 'Overview' | 'Partnership' | 'Workspace'): Promise<void> {
  await page.goto(consortiumPath);
  await page.getByRole('link', { name: tab, exact: true }).click();
}

/**
 * A consortium from a call to a granted project, across two clusters: cluster A's member creates it
 * around a call entered by hand, invites cluster B's member, who accepts; the coordinator drafts,
 * submits, and records a grant of 450,000 EUR split between them; the network's statistics chart
 * shows the 450,000.
 */
export function describeConsortium(world: World): void {
  it('takes a consortium from its call to 450,000 EUR granted, and the statistics chart shows it', async () => {
    const { platform, browser } = world();
    const [coordinatorContext, partnerContext] = await Promise.all([newContext(browser, platform.consoleUrl), newContext(browser, platform.consoleUrl)]);
    try {
      const coordinator = await signIn(coordinatorContext, platform.personas.memberA, '/consortia/new');
      await coordinator.getByLabel(/^Project title/).fill('HEAT-SHARE');
      await coordinator.getByRole('radio', { name: 'Entered by hand' }).check();
      await coordinator.getByLabel(/^Programme/).fill('LIFE');
      await coordinator.getByLabel(/^Topic/).fill('Clean energy transition');
      await coordinator.getByLabel(/^Call deadline/).fill(inTwoMonths());
      await coordinator.getByLabel(/^Call budget/).fill('2000000');
      await coordinator.getByLabel(/^Minimum beneficiaries/).fill('2');
      await coordinator.getByLabel(/^Minimum countries/).fill('2');
      await coordinator.getByRole('button', { name: 'Create consortium' }).click();
      await coordinator.waitForURL(/\/consortia\/[0-9a-f-]{36}/);
      const consortiumPath = new URL(coordinator.url()).pathname.match(/^\/consortia\/[0-9a-f-]{36}/)?.[0] ?? '';

      await openTab(coordinator, consortiumPath, 'Partnership');
      const invitee = coordinator.getByRole('group', { name: 'Organisation to invite' });
      await invitee.getByLabel(/^Cluster/).selectOption(platform.clusterB);
      await invitee.getByLabel(/^Name contains/).fill('Bergen');
      const option = invitee.getByRole('option', { name: new RegExp(`^${platform.organisationB.name}`) });
      await option.waitFor({ state: 'attached' });
      await invitee.getByLabel(/^Organisation/).selectOption({ label: (await option.textContent()) ?? '' });
      await coordinator.getByRole('button', { name: 'Send invitation' }).click();
      await coordinator.getByText(`Invitation sent to ${platform.organisationB.name}.`).waitFor();

      const partner = await signIn(partnerContext, platform.personas.memberB, consortiumPath);
      await openTab(partner, consortiumPath, 'Partnership');
      await partner.getByRole('button', { name: `Accept the invitation for ${platform.organisationB.name}` }).click();
      await partner.getByRole('table', { name: 'Members of the consortium' }).getByText(platform.organisationB.name).waitFor();

      await openTab(coordinator, consortiumPath, 'Overview');
      await coordinator.getByText('Eligible: the partnership meets every rule of the call.').waitFor();
      await coordinator.getByRole('button', { name: 'Start drafting' }).click();
      await openTab(coordinator, consortiumPath, 'Workspace');
      for (const section of ['Excellence', 'Impact', 'Implementation', 'Budget']) {
        await coordinator.getByRole('button', { name: `Mark as done: ${section}` }).click();
        await coordinator.getByRole('button', { name: `Mark as done: ${section}` }).waitFor({ state: 'detached' });
      }
      await openTab(coordinator, consortiumPath, 'Overview');
      await coordinator.getByRole('button', { name: 'Submit application' }).click();
      await coordinator.getByLabel(/^Total granted/).fill('450000');
      await coordinator.getByLabel(new RegExp(`^Share of ${platform.organisationA.name}`)).fill('250000');
      await coordinator.getByLabel(new RegExp(`^Share of ${platform.organisationB.name}`)).fill('200000');
      await coordinator.getByRole('button', { name: 'Record grant' }).click();
      await coordinator.getByText(/^Granted €450,000 on /).waitFor();
      await screenshot(coordinator, 'consortium-granted');

      await coordinator.goto('/statistics');
      await coordinator.getByLabel(/^Year/).selectOption(String(new Date().getUTCFullYear()));
      await coordinator.getByRole('button', { name: 'Show figures' }).click();
      const chart = coordinator.getByRole('figure', { name: new RegExp(`^EUR granted for consortia submitted in ${new Date().getUTCFullYear()}, by cluster`) });
      await chart.getByRole('row', { name: /€250,000/ }).waitFor();
      await chart.getByRole('row', { name: /€200,000/ }).waitFor();
      await coordinator.getByText('€450,000').first().waitFor();
      await screenshot(coordinator, 'statistics-granted');
    } finally {
      await Promise.all([coordinatorContext.close(), partnerContext.close()]);
    }
  });
}
