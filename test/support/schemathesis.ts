import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './service-process';

/**
 * The schema-driven fuzzer (schemathesis, pinned in test/fuzz/requirements.txt) run against a
 * service's own OpenAPI document, with the checks that matter to clients: no 5xx, every status
 * documented, every documented body schema honoured.
 */
export const FUZZ_CHECKS = ['not_a_server_error', 'status_code_conformance', 'response_schema_conformance'] as const;

/** schemathesis's failure codes for a 5xx (ST101; ST102 is a 5xx on an undeclared content type). */
const SERVER_ERROR_CODES: ReadonlySet<string> = new Set(['ST101', 'ST102']);

export interface FuzzTarget {
  /** Names the run in the figures, e.g. `matchmaking as member`. */
  name: string;
  baseUrl: string;
  /** Credentials sent with every request, e.g. `{ authorization: 'Bearer …' }`. */
  headers: Record<string, string>;
  /** schemathesis's phases: `coverage` alone sends ~1,000 requests to a service of 50 operations. */
  phases: readonly ('examples' | 'coverage' | 'fuzzing')[];
  maxExamples: number;
  /** The run is killed, and fails, if it takes longer. */
  timeoutMs: number;
}

/** Real objects' ids that generated path parameters and body fields take some of the time. */
export type FuzzDictionaries = Record<string, readonly string[]>;

export interface FuzzFailure {
  code: string;
  title: string;
  count: number;
  operations: string[];
}

export interface FuzzFigures {
  name: string;
  operations: number;
  /** schemathesis's generated test cases: one request each. */
  requests: number;
  serverErrors: number;
  nonConforming: number;
  /** Cases that could not be sent or checked (e.g. a timeout): a failure of the run too. */
  errored: number;
  failures: FuzzFailure[];
  seconds: number;
  /** The failures section of schemathesis's own output (reproducible `curl` lines), when any. */
  report: string;
}

/** Installs (once, cached) and returns the schemathesis executable: test/fuzz/schemathesis-env.sh. */
export async function schemathesisExecutable(): Promise<string> {
  const { stdout } = await promisify(execFile)('bash', [join(REPO_ROOT, 'test/fuzz/schemathesis-env.sh')], { cwd: REPO_ROOT, timeout: 300_000 });
  const executable = stdout.trim().split('\n').pop();
  if (executable === undefined || executable === '') throw new Error('test/fuzz/schemathesis-env.sh printed no executable');
  return executable;
}

/**
 * The configuration that binds path parameters and body fields of these names to the real ids,
 * each with probability one half: the other half stays random, so the 404 paths are fuzzed too.
 * An event stream never ends: schemathesis reads it until the request timeout, so those operations
 * get a short one (what they answer first, status and headers, is what is checked).
 */
export function schemathesisConfig(dictionaries: FuzzDictionaries, eventStreamPaths: readonly string[]): string {
  const lines: string[] = [];
  for (const path of eventStreamPaths) lines.push('[[operations]]', `include-path = ${JSON.stringify(path)}`, 'request-timeout = 1', '');
  for (const [name, values] of Object.entries(dictionaries)) {
    lines.push(`[dictionaries.${name}]`, `values = ${JSON.stringify(values)}`, '');
  }
  lines.push('[parameters]');
  for (const name of Object.keys(dictionaries)) {
    for (const location of ['path', 'query', 'body']) {
      lines.push(`"${location}.${name}" = { dictionary = "${name}", probability = 0.5 }`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export async function runSchemathesis(executable: string, target: FuzzTarget, dictionaries: FuzzDictionaries, seed: number): Promise<FuzzFigures> {
  const workDir = mkdtempSync(join(tmpdir(), 'icn-fuzz-'));
  const configFile = join(workDir, 'schemathesis.toml');
  const reportFile = join(workDir, 'report.json');
  writeFileSync(configFile, schemathesisConfig(dictionaries, await eventStreamPaths(target.baseUrl)));
  const args = [
    '--config-file',
    configFile,
    'run',
    `${target.baseUrl}/docs-json`,
    ...Object.entries(target.headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]),
    '--phases',
    target.phases.join(','),
    '--checks',
    FUZZ_CHECKS.join(','),
    '--max-examples',
    String(target.maxExamples),
    '--seed',
    String(seed),
    '--no-shrink',
    '--generation-database',
    'none',
    '--request-timeout',
    '10',
    '--report',
    'json',
    '--report-json-path',
    reportFile,
    '--no-color',
    '--output-truncate',
    'true',
    '--warnings',
    'off',
  ];
  const started = Date.now();
  let output: string;
  let report: SchemathesisReport;
  try {
    output = await runBounded(executable, args, workDir, target.timeoutMs, target.name);
    report = JSON.parse(readFileSync(reportFile, 'utf8')) as SchemathesisReport;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  const failures = report.failures.map(({ code, title, count, operations }) => ({ code, title, count, operations }));
  return {
    name: target.name,
    operations: report.operations.tested,
    requests: report.test_cases.generated,
    serverErrors: sum(failures.filter((failure) => SERVER_ERROR_CODES.has(failure.code))),
    nonConforming: sum(failures.filter((failure) => !SERVER_ERROR_CODES.has(failure.code))),
    errored: report.test_cases.errored + report.errors.length,
    failures,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    report: failures.length > 0 || report.errors.length > 0 ? failuresSection(output) : '',
  };
}

/** Paths of the operations whose success response is `text/event-stream` (GET only, as SSE is). */
async function eventStreamPaths(baseUrl: string): Promise<string[]> {
  const response = await fetch(`${baseUrl}/docs-json`, { signal: AbortSignal.timeout(10_000) });
  const document = (await response.json()) as { paths: Record<string, { get?: { responses?: Record<string, { content?: Record<string, unknown> }> } }> };
  return Object.entries(document.paths)
    .filter(([, item]) => Object.values(item.get?.responses ?? {}).some((answer) => answer.content?.['text/event-stream'] !== undefined))
    .map(([path]) => path);
}

/** The fields of schemathesis 4's JSON report read here. */
interface SchemathesisReport {
  operations: { tested: number };
  test_cases: { generated: number; errored: number };
  failures: FuzzFailure[];
  errors: unknown[];
}

function sum(failures: FuzzFailure[]): number {
  return failures.reduce((total, failure) => total + failure.count, 0);
}

/** Exit codes 0 (clean) and 1 (failures found) both come with a report; anything else is a broken run. */
function runBounded(executable: string, args: string[], cwd: string, timeoutMs: number, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(executable, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal !== null) reject(new Error(`schemathesis (${name}) exceeded its ${timeoutMs} ms bound and was killed\n${output.slice(-4000)}`));
      else if (code === 0 || code === 1) resolve(output);
      else reject(new Error(`schemathesis (${name}) exited with ${String(code)}\n${output.slice(-4000)}`));
    });
  });
}

function failuresSection(output: string): string {
  const start = output.search(/={3,} (FAILURES|ERRORS) ={3,}/);
  const end = output.search(/={3,} SUMMARY ={3,}/);
  const section = start === -1 ? output.slice(-4000) : output.slice(start, end === -1 ? undefined : end);
  // A fuzzed body can be tens of kilobytes of escaped Unicode: enough of it to see the field.
  return section.length > 6000 ? `${section.slice(0, 6000)}\n… (${section.length - 6000} more characters)` : section;
}
