import type { AnnualReport, Figures } from './annual-figures';

/**
 * The printable annual report: one self-contained HTML page (no script, no external asset), its
 * charts inline SVG drawn here on the server, laid out for A4 in print. What it shows is exactly
 * the JSON report it is given.
 */
export function renderReportHtml(report: AnnualReport): string {
  const clusters = report.clusters;
  const n = report.network;
  const rows: [string, (figures: Figures) => number][] = [
    ['Members', (f) => f.members.total],
    ['Opportunities shared', (f) => f.opportunitiesShared],
    ['Passport applications', (f) => f.passport.applications],
    ['Passport visits', (f) => f.passport.visits],
    ['Programme applications forwarded', (f) => f.programmeApplications.forwarded],
    ['Missions organised', (f) => f.missions.organised],
    ['Mission delegates', (f) => f.missions.delegates],
    ['Network events hosted', (f) => f.events.hosted],
    ['Event attendance', (f) => f.events.attended],
    ['Consortia submitted', (f) => f.consortia.submitted],
    ['Consortia granted', (f) => f.consortia.granted],
    ['Consortia reserve-listed', (f) => f.consortia.reserveListed],
  ];
  const headline = [
    ['Passport applications', n.passport.applications],
    ['Partner-programme applications', n.programmeApplications.forwarded],
    ['Project submissions', n.consortia.submitted],
    ['EUR granted', euro(n.eurGranted)],
    ['Clusters funded', n.clustersFunded],
    ['Reserve lists', n.consortia.reserveListed],
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>ICN annual report ${report.year}</title>
<style>
@page { size: A4; margin: 15mm; }
body { font-family: sans-serif; color: #1b2b34; margin: 0 auto; max-width: 190mm; }
h1 { font-size: 22pt; margin-bottom: 2mm; } h2 { font-size: 14pt; margin-top: 8mm; break-after: avoid; }
.headline { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm; }
.headline div { border: 1px solid #9cb; padding: 3mm; } .headline b { display: block; font-size: 18pt; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; } th, td { border-bottom: 1px solid #ccd; padding: 1mm 2mm; text-align: right; }
th:first-child, td:first-child { text-align: left; } figure { margin: 0; break-inside: avoid; }
</style></head><body>
<h1>International Cleantech Network — ${report.year} in figures</h1>
<section class="headline">${headline.map(([label, value]) => `<div><b>${escapeHtml(String(value))}</b>${escapeHtml(String(label))}</div>`).join('')}</section>
<h2>EUR granted per cluster</h2>
<figure id="chart-eur">${barChart(clusters.map((c) => [c.clusterId, c.eurGranted]), euro)}</figure>
<h2>Members by helix type</h2>
<figure id="chart-members">${barChart(
    Object.entries(n.members).filter(([key]) => key !== 'total') as [string, number][],
    String,
  )}</figure>
<h2>Per cluster</h2>
<table><thead><tr><th>Figure</th><th>Network</th>${clusters.map((c) => `<th>${escapeHtml(c.clusterId)}</th>`).join('')}</tr></thead><tbody>
${rows.map(([label, pick]) => `<tr><td>${escapeHtml(label)}</td><td>${pick(n)}</td>${clusters.map((c) => `<td>${pick(c)}</td>`).join('')}</tr>`).join('\n')}
<tr><td>EUR granted</td><td>${euro(n.eurGranted)}</td>${clusters.map((c) => `<td>${euro(c.eurGranted)}</td>`).join('')}</tr>
</tbody></table>
<h2>Partner programmes</h2>
<table><thead><tr><th>Programme</th><th>Forwarded</th><th>Outcomes</th></tr></thead><tbody>
${report.programmes
  .map((p) => `<tr><td>${escapeHtml(p.programmeTitle)}</td><td>${p.forwarded}</td><td>${escapeHtml(Object.entries(p.outcomes).map(([k, v]) => `${k}: ${v}`).join(', '))}</td></tr>`)
  .join('\n')}
</tbody></table>
</body></html>
`;
}

/** A horizontal bar chart as inline SVG: one labelled bar per entry, scaled to the largest. */
export function barChart(entries: [string, number][], format: (value: number) => string): string {
  const rowHeight = 22;
  const labelWidth = 160;
  const barWidth = 420;
  const max = Math.max(1, ...entries.map(([, value]) => value));
  const height = Math.max(rowHeight, entries.length * rowHeight);
  const bars = entries
    .map(([label, value], index) => {
      const y = index * rowHeight;
      const width = Math.round((value / max) * barWidth);
      return (
        `<text x="${labelWidth - 6}" y="${y + 15}" text-anchor="end">${escapeHtml(label)}</text>` +
        `<rect x="${labelWidth}" y="${y + 3}" width="${width}" height="${rowHeight - 6}" fill="#2a7f62"><title>${escapeHtml(`${label}: ${format(value)}`)}</title></rect>` +
        `<text x="${labelWidth + width + 4}" y="${y + 15}">${escapeHtml(format(value))}</text>`
      );
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${labelWidth + barWidth + 120}" height="${height}" font-size="11" font-family="sans-serif">${bars}</svg>`;
}

function euro(value: number): string {
  return `${value.toLocaleString('en-GB', { maximumFractionDigits: 2 })} €`;
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
