import { newContext, screenshot } from '../support/browser';
import { signIn } from '../support/sign-in';
import type { World } from './world';

const day = (offset: number): string => new Date(Date.now() + offset * 24 * 3600 * 1000).toISOString().slice(0, 10);

/**
 * The ICN Passport from both sides: a member of cluster A applies to visit cluster B; B's manager
 * finds it among the incoming applications and accepts it with a key contact; the member then sees
 * the accepted visit and the key contact.
 */
export function describePassport(world: World): void {
  it('runs a Passport application from the member’s application to the host’s acceptance', async () => {
    const { platform, browser } = world();
    const [memberContext, hostContext] = await Promise.all([newContext(browser, platform.consoleUrl), newContext(browser, platform.consoleUrl)]);
    try {
      const member = await signIn(memberContext, platform.personas.memberA, '/passport');
      await member.getByRole('navigation', { name: 'ICN Passport sections' }).getByRole('link', { name: 'Apply for a visit' }).click();
      await member.getByLabel('Host cluster').selectOption(platform.clusterB);
      await member.getByLabel('First day').fill(day(20));
      await member.getByLabel('Last day').fill(day(24));
      await member.getByLabel('Target market').fill('NO');
      await member.getByLabel('Purpose of the visit').fill('Meet hydrogen partners for a demonstrator.');
      await member.getByLabel('Local key contacts').check();
      await screenshot(member, 'passport-apply');
      await member.getByRole('button', { name: 'Submit the application' }).click();
      await member.waitForURL(/\/passport\/applications\/[^/]+$/);
      const applicationPath = new URL(member.url()).pathname;

      const host = await signIn(hostContext, platform.personas.managerB, '/passport');
      await host.getByRole('navigation', { name: 'ICN Passport sections' }).getByRole('link', { name: 'Incoming applications' }).click();
      await host.getByRole('heading', { name: 'Incoming Passport applications' }).waitFor();
      await host.getByRole('link', { name: platform.organisationA.name }).first().click();
      await host.getByRole('heading', { name: 'Accept the application' }).waitFor();
      await host.getByLabel(/^Key contact 1: name/).fill('Ingrid Host');
      await host.getByLabel(/^Key contact 1: organisation/).fill('Bergen Hydrogen Hub');
      await host.getByLabel(/^Key contact 1: email/).fill('ingrid@example.org');
      await host.getByRole('button', { name: 'Accept with these key contacts' }).click();
      await host.getByText(`The application of ${platform.organisationA.name} is accepted.`).waitFor();
      await screenshot(host, 'passport-host-accepted');

      await member.goto(applicationPath);
      await member.getByRole('heading', { name: 'Key contacts at the host' }).waitFor();
      await member.getByText('Ingrid Host').waitFor();
      await screenshot(member, 'passport-member-accepted');
    } finally {
      await Promise.all([memberContext.close(), hostContext.close()]);
    }
  });
}
