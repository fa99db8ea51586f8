/**
 * The little of the Prometheus text exposition format (version 0.0.4) the operations page needs:
 * the metric families a service declares (`# TYPE name counter`) and the sample lines
 * `name{label="value",…} value [timestamp]`. `# HELP` lines, other comments and blank lines are
 * skipped; a line that does not parse is skipped too rather than failing the page, since a service
 * may expose metrics this reader has no use for.
 */
export interface PrometheusSample {
  name: string;
  labels: Readonly<Record<string, string>>;
  value: number;
}

export interface PrometheusExposition {
  /** Every declared family and its type. A counter never incremented is declared but has no sample. */
  types: ReadonlyMap<string, string>;
  samples: readonly PrometheusSample[];
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*/;

const TYPE_LINE = /^#\s*TYPE\s+([a-zA-Z_:][a-zA-Z0-9_:]*)\s+(\w+)\s*$/;

export function parsePrometheusText(text: string): PrometheusExposition {
  const types = new Map<string, string>();
  const samples: PrometheusSample[] = [];
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (line === '') continue;
    if (line.startsWith('#')) {
      const declared = TYPE_LINE.exec(line);
      if (declared?.[1] !== undefined && declared[2] !== undefined) types.set(declared[1], declared[2]);
      continue;
    }
    const sample = parseSampleLine(line);
    if (sample !== undefined) samples.push(sample);
  }
  return { types, samples };
}

function parseSampleLine(line: string): PrometheusSample | undefined {
  const name = NAME.exec(line)?.[0];
  if (name === undefined) return undefined;
  let rest = line.slice(name.length);
  let labels: Record<string, string> = {};
  if (rest.startsWith('{')) {
    const parsed = parseLabels(rest);
    if (parsed === undefined) return undefined;
    labels = parsed.labels;
    rest = rest.slice(parsed.length);
  }
  // The value, then an optional timestamp this reader ignores.
  const value = parseValue(rest.trim().split(/\s+/)[0] ?? '');
  return value === undefined ? undefined : { name, labels, value };
}

/** `{a="1",b="x\"y"}` → the labels and how many characters they took; undefined when malformed. */
function parseLabels(text: string): { labels: Record<string, string>; length: number } | undefined {
  const labels: Record<string, string> = {};
  let index = 1;
  for (;;) {
    while (text[index] === ' ' || text[index] === ',') index += 1;
    if (text[index] === '}') return { labels, length: index + 1 };
    const labelName = LABEL_NAME.exec(text.slice(index))?.[0];
    if (labelName === undefined) return undefined;
    index += labelName.length;
    while (text[index] === ' ') index += 1;
    if (text[index] !== '=') return undefined;
    index += 1;
    while (text[index] === ' ') index += 1;
    if (text[index] !== '"') return undefined;
    index += 1;
    let value = '';
    for (;;) {
      const character = text[index];
      if (character === undefined) return undefined;
      index += 1;
      if (character === '"') break;
      if (character === '\\') {
        const escaped = text[index];
        index += 1;
        // The format escapes exactly three characters: backslash, double quote and line feed.
        value += escaped === 'n' ? '\n' : (escaped ?? '');
      } else {
        value += character;
      }
    }
    labels[labelName] = value;
  }
}

function parseValue(token: string): number | undefined {
  if (token === '+Inf' || token === 'Inf') return Number.POSITIVE_INFINITY;
  if (token === '-Inf') return Number.NEGATIVE_INFINITY;
  if (token === 'NaN') return Number.NaN;
  if (token === '' || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(token)) return undefined;
  return Number(token);
}
