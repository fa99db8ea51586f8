import { axeViolations, describeViolations } from '../support/accessibility';
import { newContext, screenshot } from '../support/browser';
import { signIn } from '../support/sign-in';
import type { World } from './world';

/**
 * Keeping member records up to date: a member edits its own organisation's profile (a 400 shown
 * under the field it names, then saved) and its contacts (added, then changed in place); a manager
 * of another cluster sees the profile but neither the edit nor the contacts; the secretariat sets a
 * cluster's region.
 */
export function describeMembers(world: World): void {
  it('lets a member keep its profile and contacts up to date, and nobody outside its cluster', async () => {
    const { platform, browser } = world();
    const [memberContext, outsiderContext, adminContext] = await Promise.all([
      newContext(browser, platform.consoleUrl, { bypassCSP: true }),
      newContext(browser, platform.consoleUrl),
      newContext(browser, platform.consoleUrl),
    ]);
    try {
      const member = await signIn(memberContext, platform.personas.memberA, '/organisation');
      await member.getByRole('heading', { level: 1, name: platform.organisationA.name }).waitFor();

      await member.getByRole('button', { name: 'Edit the profile' }).click();
      await member.getByLabel(/^City/).fill('Aarhus C');
      await member.getByLabel(/^Website/).fill('not-a-web-address');
      await member.getByRole('button', { name: 'Save the profile' }).click();
      const website = member.getByLabel(/^Website/);
      await member.locator('input[name="website"][aria-invalid="true"]').waitFor();
      // The reason under the field the 400 names, and only there.
      expect(await member.locator('.field.invalid label').allTextContents()).toEqual(['Website']);
      expect(await member.locator('.field.invalid .field-error').textContent()).toMatch(/URL/);
      const blocking = (await axeViolations(member)).filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
      expect(describeViolations(blocking)).toBe('');
      await screenshot(member, 'members-profile-400');

      await website.fill('https://aarhus-heat.example.org');
      await member.getByLabel(/^Technology readiness level/).fill('');
      await member.getByRole('button', { name: 'Save the profile' }).click();
      await member.getByText('The profile is saved.').waitFor();
      await member.getByRole('link', { name: 'https://aarhus-heat.example.org' }).waitFor();
      await member.getByText('Aarhus C,', { exact: false }).waitFor();
      expect(await member.getByText('Technology readiness level').count()).toBe(0); // cleared: sent as null

      await member.getByLabel(/^Contact name/).fill('Karen Kontakt');
      await member.getByLabel(/^Email/).fill('karen@example.org');
      await member.getByLabel(/^Role/).fill('Sales');
      await member.getByRole('button', { name: 'Add the contact' }).click();
      await member.getByText('Karen Kontakt was added to the contacts.').waitFor();
      await member.getByRole('button', { name: 'Edit Karen Kontakt' }).click();
      const editor = member.getByRole('form', { name: 'Change the contact Karen Kontakt' });
      await editor.getByLabel(/^Role/).fill('Head of Export');
      await editor.getByLabel(/^Phone/).fill('+45 86 12 34 56');
      await editor.getByRole('button', { name: 'Save the contact' }).click();
      await member.getByText('The contact Karen Kontakt is saved.').waitFor();
      const row = member.getByRole('row', { name: /Karen Kontakt/ });
      await row.getByText('Head of Export').waitFor();
      await row.getByText('+45 86 12 34 56').waitFor();
      await screenshot(member, 'members-own-organisation');

      const outsider = await signIn(outsiderContext, platform.personas.managerB, `/members/organisations/${platform.organisationA.organisationId}`);
      await outsider.getByRole('link', { name: 'https://aarhus-heat.example.org' }).waitFor();
      await outsider.getByText('Contact persons are shown only to the organisation’s own cluster and the ICN secretariat.').waitFor();
      expect(await outsider.getByRole('button', { name: 'Edit the profile' }).count()).toBe(0);
      expect(await outsider.getByText('Karen Kontakt').count()).toBe(0);

      const admin = await signIn(adminContext, platform.personas.admin, `/members/clusters/${platform.clusterB}`);
      await admin.getByLabel(/^Region/).fill('Vestland');
      await admin.getByRole('button', { name: 'Save the cluster' }).click();
      await admin.getByText('The cluster is saved.').waitFor();
      await admin.getByText('Vestland', { exact: false }).first().waitFor();
      expect(await admin.getByLabel(/^Region/).inputValue()).toBe('Vestland');
    } finally {
      await Promise.all([memberContext.close(), outsiderContext.close(), adminContext.close()]);
    }
  });
}
