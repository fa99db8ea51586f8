import { annualReport } from './annual-figures';
import { barChart, renderReportHtml } from './report-html';

describe('printable annual report', () => {
  it('draws one bar per entry scaled to the largest, labels escaped', () => {
    const svg = barChart(
      [
        ['<clean>', 300],
        ['tweed', 150],
      ],
      String,
    );
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg).toContain('width="420"');
    expect(svg).toContain('width="210"');
    expect(svg).toContain('&lt;clean&gt;');
  });

  it('is one page without script, with the year, the headline figures, both charts and a column per cluster', () => {
    const report = annualReport(2017, [
      { kind: 'consortium', id: 'c1', coordinatorClusterId: 'clean', submittedAt: '2017-03-01T00:00:00Z', grantedAt: '2017-10-01T00:00:00Z', grantCentsByCluster: { clean: 45_000_000 } },
      { kind: 'organisation', id: 'o1', clusterId: 'clean', helixType: 'company', joinedAt: '2016-01-01T00:00:00Z' },
    ]);
    const html = renderReportHtml(report);
    expect(html).not.toContain('<script');
    expect(html).toContain('2017 in figures');
    expect(html).toContain('450,000 €');
    expect(html).toContain('id="chart-eur"');
    expect(html).toContain('id="chart-members"');
    expect(html).toContain('<th>clean</th>');
  });
});
