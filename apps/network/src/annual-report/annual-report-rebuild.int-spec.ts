import { DocumentedResponses, MembershipEventProducer, positionTestGroupAtEnd, PrincipalTestClient, uniqueName, waitFor, type TestPrincipal } from '@icn/testing';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startNetworkTestApp, type NetworkTestApp } from '../testing/network-test-app';
import { aCluster, anOrganisation } from '../testing/membership-snapshot.fixtures';
import { ANNUAL_REPORT_TOPICS } from './consumer/annual-report.consumer';
import type { AnnualReportResponse, ClusterFiguresResponse } from './http/annual-report.response';
import type { NetworkEventResponse } from '../network-events/http/network-event.response';

describe('the annual report read model: live, and rebuilt from the topics by a new consumer group (real apps, Kafka, FerretDB)', () => {
  let live: NetworkTestApp;
  let rebuilt: NetworkTestApp | undefined;
  let client: PrincipalTestClient;
  const suffix = randomUUID().slice(0, 8);
  const [host, guest] = [`rp-host-${suffix}`, `rp-guest-${suffix}`];
  const companies = [0, 1, 2].map((index) => anOrganisation({ clusterId: guest, name: `Guest company ${index} ${suffix}`, helixType: 'company' }));
  const university = anOrganisation({ clusterId: host, name: `Host university ${suffix}`, helixType: 'research-institution', companySize: undefined });
  const admin: TestPrincipal = { role: 'network-admin' };
  const member = (organisation: { organisationId: string; clusterId: string }): TestPrincipal => ({ role: 'member', clusterId: organisation.clusterId, organisationId: organisation.organisationId });
  const rebuildGroup = uniqueName('network.annual-report.rebuild');
  const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
  const from = day(40);
  const year = Number(from.slice(0, 4));
  const mine = (report: AnnualReportResponse): ClusterFiguresResponse[] => report.clusters.filter((cluster) => cluster.clusterId === host || cluster.clusterId === guest);

  beforeAll(async () => {
    live = await startNetworkTestApp();
    // The rebuilder's group starts where the live one did; it reads the same history later.
    await positionTestGroupAtEnd(live.brokers, rebuildGroup, ANNUAL_REPORT_TOPICS);
    client = new PrincipalTestClient(live.baseUrl, await DocumentedResponses.of(live.baseUrl));
    const producer = await MembershipEventProducer.connect(live.brokers);
    try {
      for (const clusterId of [host, guest]) await producer.clusterRegistered(aCluster({ clusterId, name: clusterId }));
      for (const organisation of [...companies, university]) await producer.organisationJoined(organisation);
    } finally {
      await producer.disconnect();
    }
  });

  afterAll(async () => {
    await rebuilt?.close();
    await live?.close();
  });

  it('counts members, an event and its seats per cluster; a second group builds the same figures into its own collection', async () => {
    const scheduled = await waitFor(
      async () => {
        const response = await client.request(
          'POST',
          '/network-events',
          admin,
          { kind: 'workshop', title: `Workshop ${suffix}`, description: '', hostClusterId: host, place: { venue: 'Lab', city: 'New York', country: 'US' }, from, to: from, timeZone: 'America/New_York', capacity: 2 },
          randomUUID(),
        );
        return response.status === 201 ? (response.body as NetworkEventResponse) : null;
      },
      { timeoutMs: 30_000, description: 'the host cluster in the directory' },
    );
    for (const [index, organisation] of companies.entries()) {
      await waitFor(
        async () =>
          (await client.request('POST', `/network-events/${scheduled.eventId}/registrations`, member(organisation), { organisationId: organisation.organisationId, participantName: `P${index}` }, randomUUID()))
            .status === 201,
        { timeoutMs: 30_000, description: `organisation ${index} in the directory` },
      );
    }

    const expected = {
      [guest]: { members: { company: 3, total: 3 }, events: { hosted: 0, registrations: 2, attended: 0 } },
      [host]: { members: { 'research-institution': 1, total: 1 }, events: { hosted: 1, registrations: 0, attended: 0 } },
    };
    const liveReport = await waitFor(
      async () => {
        const report = (await client.request('GET', `/annual-reports/${year}`, admin)).body as AnnualReportResponse;
        const clusters = mine(report);
        const ok = clusters.length === 2 && clusters.every((cluster) => cluster.events.registrations === expected[cluster.clusterId].events.registrations && cluster.events.hosted === expected[cluster.clusterId].events.hosted && cluster.members.total === expected[cluster.clusterId].members.total);
        return ok ? report : null;
      },
      { timeoutMs: 60_000, description: 'the live report with the members and the event' },
    );
    for (const cluster of mine(liveReport)) expect(cluster).toMatchObject(expected[cluster.clusterId]);

    // A member sees the network's totals and only its own cluster.
    const memberView = (await client.request('GET', `/annual-reports/${year}`, member(companies[0]))).body as AnnualReportResponse;
    expect(memberView.clusters.map((cluster) => cluster.clusterId)).toEqual([guest]);
    expect((await client.request('GET', '/annual-reports/17', admin)).status).toBe(400);

    // The printable page carries the same figures and its charts as inline SVG.
    const html = await client.request('GET', `/annual-reports/${year}/report.html`, admin);
    expect(html.status).toBe(200);
    expect(html.contentType).toContain('text/html');
    expect(html.text).toContain(`${year} in figures`);
    expect(html.text).toContain('<svg');
    expect(html.text).toContain(`<th>${host}</th>`);

    // Printed to PDF by a real browser (Debian's chromium, as the console's tests use), kept with the test artefacts.
    const pdfPath = await printToPdf(html.text, `annual-report-${year}-${suffix}.pdf`);
    const pdf = readFileSync(pdfPath);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5_000);
    expect(pdf.toString('latin1')).toMatch(/\/Type\s*\/Page\b/);

    // The rebuild: a second instance, a new group and collection suffix, same database, from the topics only.
    // (It mints a new JWT secret into the environment: only the rebuilt instance is called from here on.)
    rebuilt = await startNetworkTestApp({ report: { group: rebuildGroup, suffix: '_r2', databaseName: live.databaseName } });
    const rebuiltClient = new PrincipalTestClient(rebuilt.baseUrl);
    const rebuiltReport = await waitFor(
      async () => {
        const report = (await rebuiltClient.request('GET', `/annual-reports/${year}`, admin)).body as AnnualReportResponse;
        return JSON.stringify(mine(report)) === JSON.stringify(mine(liveReport)) ? report : null;
      },
      { timeoutMs: 60_000, description: 'the rebuilt report equal to the live one for this run’s clusters' },
    );
    expect(mine(rebuiltReport)).toEqual(mine(liveReport));

  });
});

/** Prints a page as A4 through chromium into .local/artefacts/network/ (CI keeps .local/artefacts). */
async function printToPdf(html: string, name: string): Promise<string> {
  const directory = resolve(__dirname, '../../../../.local/artefacts/network');
  mkdirSync(directory, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    // CI runs as root (no sandbox there); no calls home on a closed network.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-dev-shm-usage'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const path = join(directory, name);
    await page.pdf({ path, format: 'A4', printBackground: true });
    return path;
  } finally {
    await browser.close();
  }
}
