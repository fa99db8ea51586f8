import type { Locator, Page } from 'playwright-core';
import { blockingViolations } from '../support/accessibility';
import { newContext, screenshot } from '../support/browser';
import { signIn } from '../support/sign-in';
import type { World } from './world';

/** A `datetime-local` value `days` from now (the margins are days, so the browser's time zone does not matter). */
const localDateTime = (days: number): string => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString().slice(0, 16);

/** Waits until the status word in the page's header (the badge beside the title) is `status`: the page reloads the record after each step. */
const statusIs = (page: Page, status: string) => page.locator('.page-header .badge', { hasText: new RegExp(`^${status}$`) }).waitFor();

/** Reloads the page until `locator` shows: what it shows comes from a read model that follows the events. */
async function untilShown(page: Page, locator: Locator): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const shown = await locator.waitFor({ timeout: 2_000 }).then(
      () => true,
      () => false,
    );
    if (shown) return;
    if (Date.now() > deadline) throw new Error(`not shown within 30 s on ${page.url()}: ${locator.toString()}`);
    await page.reload();
  }
}

/**
 * A partner programme application across the three roles, each step read back from the page: the
 * secretariat registers a partner and its programme (a call window that closes before it opens is a
 * 400 under the field); a member drafts an application to it, cannot submit it with an unanswered
 * requirement (409 naming it), submits; its cluster manager returns it with a comment; the member
 * reads the comment, changes the answer and submits again; the manager endorses it; the secretariat
 * forwards it and records "labelled", which the member then sees. Matchmaking's ranking on the
 * programme's page shows the eligible member to the secretariat, and to its manager, once it applied, as
 * left out. Another cluster's manager sees
 * none of it (an empty list, 403 on the application itself).
 */
export function describeProgrammeApplications(world: World): void {
  it('takes a programme application from the member’s draft through return, endorsement and forwarding to the partner’s answer', async () => {
    const { platform, browser } = world();
    const contexts = await Promise.all([
      newContext(browser, platform.consoleUrl, { bypassCSP: true }),
      newContext(browser, platform.consoleUrl, { bypassCSP: true }),
      newContext(browser, platform.consoleUrl, { bypassCSP: true }),
      newContext(browser, platform.consoleUrl, { bypassCSP: true }),
      newContext(browser, platform.consoleUrl, { bypassCSP: true }),
    ]);
    const [adminContext, memberContext, managerContext, otherManagerContext, otherMemberContext] = contexts;
    try {
      const partnerName = `C40 Cities ${platform.services.runId}`;
      const programmeTitle = `C40 city solutions platform ${platform.services.runId}`;

      // The secretariat registers the partner and its programme.
      const admin = await signIn(adminContext, platform.personas.admin, '/partners');
      await admin.getByRole('navigation', { name: 'Partners and programmes sections' }).getByRole('link', { name: 'Register a partner' }).click();
      await admin.getByLabel('Name').fill(partnerName);
      await admin.getByLabel('Website').fill('https://www.c40.org');
      await admin.getByLabel('Country').fill('GB');
      await admin.getByRole('button', { name: 'Register the partner' }).click();
      await admin.getByRole('heading', { name: partnerName }).waitFor();

      await admin.getByRole('navigation', { name: 'Partners and programmes sections' }).getByRole('link', { name: 'Register a programme' }).click();
      await admin.getByRole('combobox', { name: 'Partner (required)' }).selectOption({ label: partnerName });
      await admin.getByLabel('Title').fill(programmeTitle);
      await admin.getByRole('checkbox', { name: 'Company' }).check();
      // Organisation A works in energy efficiency, B does not: only A is eligible, and matchmaking ranks it.
      await admin.getByRole('checkbox', { name: 'Energy efficiency' }).check();
      await admin.getByLabel('Call opens').fill(localDateTime(-2));
      await admin.getByLabel('Call closes').fill(localDateTime(-5));
      await admin.getByRole('button', { name: 'Add a requirement' }).click();
      await admin.getByLabel('Requirement 1: key').fill('solution-summary');
      await admin.getByLabel('Requirement 1: title').fill('Solution summary');
      await admin.getByRole('button', { name: 'Add a requirement' }).click();
      await admin.getByLabel('Requirement 2: key').fill('references');
      await admin.getByLabel('Requirement 2: title').fill('References');
      await admin.getByRole('button', { name: 'Register the programme' }).click();
      // The 400 names callWindow.closesAt: its reason is under that field, and the field says it is invalid.
      await admin.locator('.field.invalid', { has: admin.getByLabel('Call closes') }).getByText(/must be after callWindow\.opensAt/).waitFor();
      expect(await admin.getByLabel('Call closes').getAttribute('aria-invalid')).toBe('true');
      await screenshot(admin, 'programme-register-400');
      expect(await blockingViolations(admin)).toBe('');
      await admin.getByLabel('Call closes').fill(localDateTime(30));
      await admin.getByRole('button', { name: 'Register the programme' }).click();
      await admin.getByText('The programme is saved.').waitFor();
      await admin.getByRole('heading', { level: 1, name: programmeTitle }).waitFor();
      await statusIs(admin, 'Call open');
      const programmePath = new URL(admin.url()).pathname;
      // Matchmaking's ranking of members for it, once matchmaking has read the programme's event.
      await untilShown(admin, admin.getByRole('region', { name: 'Members that fit' }).getByRole('link', { name: platform.organisationA.name }));
      expect(await admin.getByRole('region', { name: 'Members that fit' }).getByRole('link', { name: platform.organisationB.name }).count()).toBe(0);
      await screenshot(admin, 'programme-detail-suggestions');
      expect(await blockingViolations(admin)).toBe('');
      // Edited: the form holds the definition (call window and requirements round-trip unchanged).
      const callWindow = await admin.locator('dt:text-is("Call window") + dd').textContent();
      await admin.getByRole('link', { name: 'Edit the programme' }).click();
      expect(await admin.getByLabel('Requirement 2: key').inputValue()).toBe('references');
      await admin.getByLabel('Description').first().fill('Cities publish their challenges; companies propose solutions through the network.');
      await admin.getByRole('button', { name: 'Save the programme' }).click();
      await admin.getByText('The programme is saved.').waitFor();
      await admin.getByText('Cities publish their challenges; companies propose solutions through the network.').waitFor();
      expect(await admin.locator('dt:text-is("Call window") + dd').textContent()).toBe(callWindow);
      await admin.getByRole('heading', { name: 'What the partner needs' }).waitFor();
      expect(await admin.locator('dt:text-is("References")').count()).toBe(1);

      // The member finds it among the partners, drafts with one answer of two.
      const member = await signIn(memberContext, platform.personas.memberA, '/partners');
      await member.getByRole('link', { name: programmeTitle }).click();
      await member.getByRole('link', { name: 'Apply to this programme' }).click();
      await member.getByLabel('Solution summary').fill('Large heat pumps that take district heating off gas.');
      expect(await blockingViolations(member)).toBe('');
      await member.getByRole('button', { name: 'Save the draft' }).click();
      await member.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
      const applicationPath = new URL(member.url()).pathname;
      await statusIs(member, 'Draft');
      await member.getByRole('button', { name: 'Submit the application' }).click();
      // The 409 names the unanswered requirement.
      await member.getByRole('alert').getByText(/does not answer references \(References\)/).waitFor();
      expect(await blockingViolations(member)).toBe('');
      await member.getByLabel('References').fill('District heating pilots in Aarhus and Sønderborg.');
      await member.getByRole('button', { name: 'Submit the application' }).click();
      await member.getByText('The application is submitted.').waitFor();
      await statusIs(member, 'Submitted');

      // Another cluster's manager sees none of it.
      const otherManager = await signIn(otherManagerContext, platform.personas.managerB, '/applications');
      await otherManager.getByText('No applications.').waitFor();
      expect(await otherManager.getByRole('link', { name: platform.organisationA.name }).count()).toBe(0);
      await otherManager.goto(applicationPath);
      await otherManager.getByRole('alert').getByText(/You may not see this/).waitFor();

      // The member's cluster manager no longer sees A among the members to encourage: it has applied.
      const manager = await signIn(managerContext, platform.personas.managerA, programmePath);
      await untilShown(manager, manager.getByText('Left out because they have applied already: 1'));

      // The manager returns it with a comment.
      await manager.goto('/applications');
      await manager.getByRole('heading', { name: 'Our cluster’s programme applications' }).waitFor();
      await manager.getByRole('link', { name: platform.organisationA.name }).click();
      expect(await blockingViolations(manager)).toBe('');
      await manager.getByLabel('What to change').fill('Name the pilot city and the heat output.');
      await manager.getByRole('button', { name: 'Return with this comment' }).click();
      await manager.getByText('The application is returned to the applicant.').waitFor();
      await statusIs(manager, 'Returned');

      // The member reads the comment, changes the answer and submits again.
      await member.goto(applicationPath);
      await member.getByRole('heading', { name: 'Comments' }).waitFor();
      await member.getByText('Name the pilot city and the heat output.').waitFor();
      await statusIs(member, 'Returned');
      await member.getByLabel('Solution summary').fill('Large heat pumps (12 MW) that take Aarhus district heating off gas.');
      await member.getByRole('button', { name: 'Submit the application' }).click();
      await member.getByText('The application is submitted.').waitFor();
      await member.getByText('Large heat pumps (12 MW) that take Aarhus district heating off gas.').waitFor();
      await statusIs(member, 'Submitted');

      // The manager endorses it.
      await manager.reload();
      await manager.getByLabel('Comment for the secretariat and the applicant').fill('A strong fit: the pilot is running.');
      await manager.getByRole('button', { name: 'Endorse' }).click();
      await manager.getByText('The application is endorsed.').waitFor();
      await statusIs(manager, 'Endorsed');

      // The secretariat forwards it and records the partner's answer.
      await admin.goto('/applications');
      await admin.getByRole('link', { name: platform.organisationA.name }).first().click();
      await admin.getByRole('button', { name: 'Forward to the partner' }).click();
      await admin.getByText('The application is forwarded.').waitFor();
      await statusIs(admin, 'Forwarded');
      expect(await blockingViolations(admin)).toBe('');
      await admin.getByRole('combobox', { name: 'The partner’s answer (required)' }).selectOption({ label: 'Labelled' });
      await admin.getByLabel('Note').fill('Awarded the solution label.');
      await admin.getByRole('button', { name: 'Record the answer' }).click();
      await admin.getByText('The partner’s answer is recorded.').waitFor();
      await statusIs(admin, 'Labelled');
      await screenshot(admin, 'programme-application-labelled');

      // The member sees the answer and every comment of the way.
      await member.goto(applicationPath);
      await member.getByText('Awarded the solution label.').waitFor();
      await statusIs(member, 'Labelled');
      expect(await member.getByRole('heading', { name: 'Next steps' }).count()).toBe(0);
      await screenshot(member, 'programme-application-member-labelled');
      expect(await blockingViolations(member)).toBe('');

      // The programme's applications, from its page: the secretariat reads the answer back in the list.
      await admin.goto(programmePath);
      await admin.getByRole('link', { name: 'Applications to this programme' }).click();
      await admin.getByRole('row', { name: new RegExp(platform.organisationA.name) }).getByText('Labelled').waitFor();

      // Answered, the programme is open to the member again: a new draft, withdrawn.
      await member.goto(programmePath);
      await member.getByRole('link', { name: 'Apply to this programme' }).click();
      await member.getByLabel('Solution summary').fill('A second solution: heat storage.');
      await member.getByRole('button', { name: 'Save the draft' }).click();
      await statusIs(member, 'Draft');
      await member.getByRole('button', { name: 'Withdraw…' }).click();
      await member.getByRole('button', { name: 'Withdraw for good' }).click();
      await member.getByText('The application is withdrawn.').waitFor();
      await statusIs(member, 'Withdrawn');

      // A member of the other cluster, outside the programme's sectors, is refused with the reason (409).
      const otherMember = await signIn(otherMemberContext, platform.personas.memberB, programmePath);
      await otherMember.getByRole('link', { name: 'Apply to this programme' }).click();
      await otherMember.getByLabel('Solution summary').fill('Hydrogen buses.');
      await otherMember.getByRole('button', { name: 'Save the draft' }).click();
      await otherMember.getByRole('alert').getByText(/is not eligible for .*no sector in common/).waitFor();
      expect(otherMember.url()).toContain('/applications/draft');
      await screenshot(otherMember, 'programme-application-not-eligible');
    } finally {
      await Promise.all(contexts.map((context) => context.close()));
    }
  });
}
