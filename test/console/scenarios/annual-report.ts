import type { BrowserContext, Page } from 'playwright-core';
import { newContext, screenshot } from '../support/browser';
import { signIn } from '../support/sign-in';
import type { World } from './world';

interface ReportJson {
  year: number;
  network: { members: { total: number } };
  clusters: { clusterId: string; members: { total: number } }[];
}

const memberCell = (page: Page, column: number) =>
  page.locator('table.annual-figures tbody tr', { has: page.getByRole('rowheader', { name: 'Members', exact: true }) }).locator('td').nth(column);

/**
 * Issue 14's annual report in the console: the secretariat sees the year with its charts and a
 * column for every cluster, the same figures as the API; a member sees the network's totals and
 * only its own cluster — exactly what the API gives it; the printable page opens through the proxy.
 */
export function describeAnnualReport(world: World): void {
  describe('annual report', () => {
    let admin: BrowserContext;
    let member: BrowserContext;
    const year = new Date().getFullYear();

    beforeAll(async () => {
      const { platform, browser } = world();
      [admin, member] = await Promise.all([newContext(browser, platform.consoleUrl), newContext(browser, platform.consoleUrl)]);
    });

    afterAll(async () => {
      await Promise.all([admin?.close(), member?.close()]);
    });

    it('shows the secretariat the year with its charts, every cluster, and the printable page', async () => {
      const { platform } = world();
      const page = await signIn(admin, platform.personas.admin, '/annual-report');
      await page.getByRole('heading', { level: 1, name: `Annual report ${year}` }).waitFor();
      const report = page.locator(`div.annual-report[data-year="${year}"]`);
      await report.waitFor();
      expect(await report.locator('figure.chart svg').count()).toBe(2);

      const api = (await (await admin.request.get(`/api/network/annual-reports/${year}`)).json()) as ReportJson;
      const shownClusters = (await report.getAttribute('data-clusters'))?.split(' ') ?? [];
      expect(shownClusters).toEqual(api.clusters.map((cluster) => cluster.clusterId));
      expect(shownClusters).toEqual(expect.arrayContaining([platform.services.clusterId, platform.clusterB]));
      expect(await memberCell(page, 0).textContent()).toBe(String(api.network.members.total));
      const clusterA = api.clusters.findIndex((cluster) => cluster.clusterId === platform.services.clusterId);
      expect(Number(await memberCell(page, clusterA + 1).textContent())).toBe(api.clusters[clusterA]?.members.total);
      expect(api.clusters[clusterA]?.members.total).toBeGreaterThanOrEqual(1);

      const print = page.getByRole('link', { name: /Print \/ save as PDF/ });
      const href = (await print.getAttribute('href')) ?? '';
      expect(href).toBe(`/api/network/annual-reports/${year}/report.html`);
      const printable = await admin.request.get(href);
      expect(printable.status()).toBe(200);
      expect(printable.headers()['content-type']).toMatch(/text\/html/);
      expect(await printable.text()).toContain('<svg');
      await screenshot(page, 'annual-report-secretariat');
    });

    it('shows a member the network’s totals and its own cluster only, as the API gives them', async () => {
      const { platform } = world();
      const page = await signIn(member, platform.personas.memberB, '/annual-report');
      const report = page.locator(`div.annual-report[data-year="${year}"]`);
      await report.waitFor();
      const api = (await (await member.request.get(`/api/network/annual-reports/${year}`)).json()) as ReportJson;
      expect(api.clusters.map((cluster) => cluster.clusterId)).toEqual([platform.clusterB]);
      expect(await report.getAttribute('data-clusters')).toBe(platform.clusterB);
      expect(await page.getByRole('columnheader', { name: platform.services.clusterId }).count()).toBe(0);
      expect(await memberCell(page, 0).textContent()).toBe(String(api.network.members.total));
      await screenshot(page, 'annual-report-member');
    });
  });
}
