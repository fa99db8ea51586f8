import { deadLetterTopicOf, Topics } from '@icn/contracts';
import { waitFor } from '../../support/wait-for';
import { newContext, screenshot } from '../support/browser';
import { signIn } from '../support/sign-in';
import type { World } from './world';

/**
 * The secretariat's operations page shows what dead-letter topics hold now, as the broker has it:
 * a record no consumer can read is put on the organisation topic; the services reading that topic
 * dead-letter it, and the page shows the `.dlq` with exactly what the broker stores (the topic is
 * shared by every run on this broker, so the figure is compared with the broker's, not a constant).
 */
export function describeOperations(world: World): void {
  it('shows the messages stored on each dead-letter topic, as the broker counts them', async () => {
    const { platform, browser } = world();
    const deadLetterTopic = deadLetterTopicOf(Topics.membershipOrganisation);
    const stored = async (): Promise<number> => {
      const admin = platform.services.kafka.admin();
      await admin.connect();
      try {
        const offsets = await admin.fetchTopicOffsets(deadLetterTopic);
        return offsets.reduce((sum, { low, high }) => sum + Number(high) - Number(low), 0);
      } finally {
        await admin.disconnect();
      }
    };
    const before = await stored();
    const producer = platform.services.kafka.producer();
    await producer.connect();
    await producer.send({ topic: Topics.membershipOrganisation, messages: [{ key: 'operations-scenario', value: 'not a CloudEvent' }] });
    await producer.disconnect();

    const context = await newContext(browser, platform.consoleUrl);
    try {
      const page = await signIn(context, platform.personas.admin, '/operations');
      const table = page.getByRole('table', { name: 'Messages stored on each dead-letter topic' });
      const shown = async (): Promise<number | undefined> => {
        await page.reload();
        const cell = table.getByRole('row', { name: new RegExp(deadLetterTopic.replace(/\./g, '\\.')) }).getByRole('cell');
        await cell.waitFor();
        return Number((await cell.textContent())?.replace(/[^0-9]/g, ''));
      };
      // Reloaded until the services have dead-lettered the record and read the broker again (every second here).
      await waitFor(async () => {
        const [onPage, onBroker] = [await shown(), await stored()];
        return onPage !== undefined && onPage > before && onPage === onBroker ? true : undefined;
      }, { timeoutMs: 60_000, intervalMs: 1_000, description: `${deadLetterTopic} on the operations page, as the broker stores it` });
      await screenshot(page, 'operations-dead-letters');
    } finally {
      await context.close();
    }
  });
}
