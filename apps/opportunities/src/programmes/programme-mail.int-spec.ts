import { ProgrammeRegistered, Topics, type ContactSnapshotV1 } from '@icn/contracts';
import { buildEvent } from '@icn/messaging';
import { uniqueName } from '@icn/testing';
import { randomUUID } from 'node:crypto';
import { MailpitProcess } from '../mail/testing/mailpit';
import { startDeliveryFixture, type DeliveryFixture } from '../notifications/testing/delivery-fixture';
import { anOrganisation, seedMembership, uniqueClusterId } from '../opportunities/testing/membership-events';
import { aProgramme } from './testing/programme-fixtures';

/**
 * The e-mail channel of the programme fan-out (ADR 23): real app, Kafka, FerretDB and a Mailpit of
 * its own. A member's instant e-mail subscription to partner programmes gets the programme as a
 * programme (partner, call window, requirements, link to it), once; another sector's gets none.
 */
describe('partner programmes by e-mail (real app, Kafka, FerretDB, Mailpit)', () => {
  let mailpit: MailpitProcess;
  let fixture: DeliveryFixture;
  const clusterId = uniqueClusterId('pgm');
  const [aino, mikko]: ContactSnapshotV1[] = ['Aino Virtanen', 'Mikko Laine'].map((name) => ({
    contactId: randomUUID(),
    name,
    email: `${name.split(' ')[0].toLowerCase()}-${randomUUID().slice(0, 6)}@nordic-heat.example`,
  }));
  const organisation = anOrganisation(clusterId, { name: 'Nordic Heat Oy', contacts: [aino, mikko] });

  beforeAll(async () => {
    mailpit = await MailpitProcess.start();
    fixture = await startDeliveryFixture(1, {
      NETWORK_PROGRAMMES_CONSUMER_GROUP: uniqueName('opportunities.network-programmes.mail-it'),
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(mailpit.smtpPort),
      SMTP_TLS: 'none',
      MAIL_UNSUBSCRIBE_SECRET: 'unsubscribe-secret-for-tests-0123456789',
      MAIL_POLL_MS: '100',
      MAIL_DIGEST_POLL_MS: '3600000',
    });
    await seedMembership(fixture.apps[0], [clusterId], [organisation]);
  });

  afterAll(async () => {
    await fixture?.close();
    await mailpit?.stop();
  });

  it('an instant mail names the programme, its partner, its call window and what the partner asks for, and links to the programme; once per chosen contact', async () => {
    const app = fixture.apps[0];
    const token = app.token({ sub: 'aino', role: 'member', clusterId, organisationId: organisation.organisationId });
    const subscribe = async (recipient: ContactSnapshotV1, sectors: string[]) => {
      const created = await app.call('POST', '/subscriptions', {
        token,
        body: { name: `programmes for ${recipient.name}`, filters: { types: ['partner-programme'], sectors }, channels: { email: { recipients: [recipient.contactId], cadence: 'instant', timeZone: 'Europe/Helsinki', hour: 8 } } },
      });
      expect(created.status).toBe(201);
    };
    await subscribe(aino, ['energy-efficiency']);
    await subscribe(mikko, ['hydrogen']);
    const programme = aProgramme({ title: `Solution label ${randomUUID().slice(0, 6)}`, partnerName: 'World Alliance for Efficient Solutions' });

    const started = Date.now();
    await fixture.producer.send(buildEvent(ProgrammeRegistered, { subject: programme.programmeId, sequence: 1, data: { programme }, source: '/icn/network' }), Topics.networkProgramme);
    const toAino = (message: { To: { Address: string }[] }): boolean => message.To.some((to) => to.Address === aino.email);
    const mail = (await mailpit.waitFor((all) => all.some(toAino), 20_000)).find(toAino);
    if (mail === undefined) throw new Error('no mail to Aino');
    console.warn(`programme registered -> instant mail in Mailpit: ${Date.now() - started} ms`);

    expect(mail.Subject).toBe(`Partner programme open for applications: ${programme.title}`);
    const full = await mailpit.message(mail.ID);
    expect(full.Text).toContain('Published by World Alliance for Efficient Solutions, through the ICN network');
    expect(full.Text).toContain('World Alliance for Efficient Solutions asks for: Pitch deck; Two city references.');
    expect(full.Text).toContain('Applications through the network from ');
    expect(full.Text).toContain(`/partners/programmes/${programme.programmeId}`);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const all = await mailpit.messages();
    expect(all.filter((message) => message.To.some((to) => to.Address === aino.email))).toHaveLength(1);
    expect(all.filter((message) => message.To.some((to) => to.Address === mikko.email))).toHaveLength(0);
  });
});
