// Prints traces from the local Jaeger as trees, in the terminal (ADR 15): the Jaeger built from the
// Go module proxy has no UI assets, its query API has everything.
//
//   npm run --silent traces -- <service> [limit]   the newest traces with a span of that service (default 5)
//   npm run --silent traces -- <trace id>          one trace
//
// JAEGER_UI_PORT [16686] says where Jaeger's query API listens.
const base = `http://127.0.0.1:${process.env.JAEGER_UI_PORT ?? '16686'}`;
const KINDS = ['', 'internal', 'server', 'client', 'producer', 'consumer'];

async function getJson(path) {
  const response = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`${base}${path}: HTTP ${response.status}`);
  return response.json();
}

async function spansOf(traceId) {
  const { result } = await getJson(`/api/v3/traces/${traceId}`);
  return result.resourceSpans.flatMap(({ resource, scopeSpans }) => {
    const service = resource.attributes.find((attribute) => attribute.key === 'service.name')?.value.stringValue ?? '?';
    return scopeSpans.flatMap(({ spans }) =>
      spans.map((span) => ({ ...span, service, startNs: BigInt(span.startTimeUnixNano), endNs: BigInt(span.endTimeUnixNano) })),
    );
  });
}

function print(traceId, spans) {
  const byId = new Map(spans.map((span) => [span.spanId, span]));
  const start = spans.reduce((min, span) => (span.startNs < min ? span.startNs : min), spans[0].startNs);
  const ms = (ns) => (Number(ns) / 1e6).toFixed(1);
  console.log(`trace ${traceId}: ${spans.length} spans, ${new Set(spans.map((span) => span.service)).size} services`);
  const walk = (span, depth) => {
    const link = (span.links ?? []).map((l) => byId.get(l.spanId)).filter((l) => l && l.spanId !== span.parentSpanId);
    const links = link.length > 0 ? `  ↪ linked to ${link.map((l) => `${l.service}: ${l.name}`).join(', ')}` : '';
    const error = span.status?.code === 2 ? `  ERROR ${span.status.message ?? ''}` : '';
    console.log(`${'  '.repeat(depth + 1)}+${ms(span.startNs - start)} ms  ${span.service}  ${span.name}  (${KINDS[span.kind] ?? '?'}, ${ms(span.endNs - span.startNs)} ms)${links}${error}`);
    for (const child of spans.filter((candidate) => candidate.parentSpanId === span.spanId).sort((a, b) => (a.startNs < b.startNs ? -1 : 1))) walk(child, depth + 1);
  };
  const roots = spans.filter((span) => !span.parentSpanId || !byId.has(span.parentSpanId)).sort((a, b) => (a.startNs < b.startNs ? -1 : 1));
  for (const root of roots) walk(root, 0);
}

const [what, limit = '5'] = process.argv.slice(2);
if (!what) {
  console.error('usage: npm run --silent traces -- <service> [limit] | <trace id>');
  process.exit(2);
}
try {
  const ids = /^[0-9a-f]{32}$/.test(what)
    ? [what]
    : (await getJson(`/api/traces?${new URLSearchParams({ service: what, limit, lookback: '1h' })}`)).data.map((trace) => trace.traceID);
  if (ids.length === 0) console.log(`no traces of ${what} in the last hour`);
  for (const id of ids) print(id, await spansOf(id));
} catch (error) {
  console.error(`could not read traces from Jaeger at ${base} (npm run platform starts it unless TRACING=0): ${error.message}`);
  process.exit(1);
}
