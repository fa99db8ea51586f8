import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './free-port';
import { REPO_ROOT } from './service-process';

const run = promisify(execFile);
const STACK = join(REPO_ROOT, 'deploy/local/stack.sh');

/** Jaeger's search answer (API v1): enough to know which traces matched. */
interface JaegerSearchHit {
  traceID: string;
}

/** One span in OTLP's JSON shape, as Jaeger's API v3 answers it (ids in hex). */
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  startTimeUnixNano: string;
  endTimeUnixNano: string;
  attributes?: { key: string; value: Record<string, unknown> }[];
  links?: { traceId: string; spanId: string }[];
}

interface OtlpTrace {
  result: { resourceSpans: { resource: { attributes: { key: string; value: Record<string, unknown> }[] }; scopeSpans: { spans: OtlpSpan[] }[] }[] };
}

/** A span with its service, its parent and links apart (Jaeger's v1 answer merges a link to the parent into it). */
export interface TracedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId: string | undefined;
  name: string;
  kind: 'internal' | 'server' | 'client' | 'producer' | 'consumer' | 'unspecified';
  startMs: number;
  endMs: number;
  attributes: Record<string, unknown>;
  links: { traceId: string; spanId: string }[];
}

const KINDS = ['unspecified', 'internal', 'server', 'client', 'producer', 'consumer'] as const;

/**
 * The scenario's own trace viewer: Jaeger v2 (`deploy/local/stack.sh up jaeger`, built once into the
 * cache; OTLP/HTTP and its query API on free ports, traces in memory), a real OTLP receiver that the
 * services export to, asked through the same HTTP API its UI uses.
 */
export class JaegerProcess {
  private constructor(
    private readonly stackDir: string,
    private readonly env: NodeJS.ProcessEnv,
    readonly otlpPort: number,
    readonly queryPort: number,
  ) {}

  /** What the services get as OTEL_EXPORTER_OTLP_ENDPOINT. */
  get otlpEndpoint(): string {
    return `http://127.0.0.1:${this.otlpPort}`;
  }

  static async start(): Promise<JaegerProcess> {
    const stackDir = mkdtempSync(join(tmpdir(), 'icn-jaeger-'));
    const [otlp, otlpGrpc, query, queryGrpc, health] = [await freePort(), await freePort(), await freePort(), await freePort(), await freePort()];
    const env = {
      ...process.env,
      ICN_STACK_DIR: stackDir,
      JAEGER_OTLP_HTTP_PORT: String(otlp),
      JAEGER_OTLP_GRPC_PORT: String(otlpGrpc),
      JAEGER_UI_PORT: String(query),
      JAEGER_QUERY_GRPC_PORT: String(queryGrpc),
      JAEGER_HEALTH_PORT: String(health),
    };
    const jaeger = new JaegerProcess(stackDir, env, otlp, query);
    try {
      // Builds Jaeger first when the cache has none (minutes; CI builds it ahead, see scripts/test.sh).
      await run('bash', [STACK, 'up', 'jaeger'], { cwd: REPO_ROOT, env, timeout: 1_800_000, maxBuffer: 16 * 1024 * 1024 });
    } catch (error) {
      throw new Error(`the scenario's Jaeger did not start (logs in ${stackDir}/logs): ${error instanceof Error ? error.message : String(error)}`);
    }
    return jaeger;
  }

  /** Ids of the traces with a span of `service` carrying every tag given (`/api/traces?service=…&tags=…`). */
  async findTraces(service: string, tags: Record<string, string>): Promise<string[]> {
    const query = new URLSearchParams({ service, tags: JSON.stringify(tags), lookback: '1h', limit: '20' });
    const found = (await this.getJson<{ data: JaegerSearchHit[] }>(`/api/traces?${query.toString()}`)).data;
    return found.map((hit) => hit.traceID);
  }

  /** A whole trace, every service's spans, in OTLP's shape (`/api/v3/traces/<id>`). */
  async trace(traceId: string): Promise<TraceView> {
    const otlp = await this.getJson<OtlpTrace>(`/api/v3/traces/${traceId}`);
    const spans = otlp.result.resourceSpans.flatMap(({ resource, scopeSpans }) => {
      const service = String(resource.attributes.find((attribute) => attribute.key === 'service.name')?.value['stringValue'] ?? 'unknown');
      return scopeSpans.flatMap(({ spans: list }) => list.map((span) => tracedSpan(service, span)));
    });
    return new TraceView(traceId, spans);
  }

  private async getJson<T>(path: string): Promise<T> {
    const response = await fetch(`http://127.0.0.1:${this.queryPort}${path}`, { signal: AbortSignal.timeout(10_000) });
    if (!response.ok) throw new Error(`Jaeger ${path}: HTTP ${response.status}`);
    return (await response.json()) as T;
  }

  async stop({ keepFiles = false }: { keepFiles?: boolean } = {}): Promise<void> {
    try {
      await run('bash', [STACK, 'down', 'jaeger'], { cwd: REPO_ROOT, env: this.env, timeout: 60_000 });
    } finally {
      if (keepFiles) console.warn(`[e2e] kept Jaeger's logs in ${this.stackDir}/logs`);
      else rmSync(this.stackDir, { recursive: true, force: true });
    }
  }
}

function tracedSpan(service: string, span: OtlpSpan): TracedSpan {
  return {
    service,
    traceId: span.traceId,
    spanId: span.spanId,
    parentSpanId: span.parentSpanId === undefined || span.parentSpanId === '' ? undefined : span.parentSpanId,
    name: span.name,
    kind: KINDS[span.kind] ?? 'unspecified',
    startMs: Number(BigInt(span.startTimeUnixNano) / 1_000_000n),
    endMs: Number(BigInt(span.endTimeUnixNano) / 1_000_000n),
    attributes: Object.fromEntries((span.attributes ?? []).map(({ key, value }) => [key, Object.values(value)[0]])),
    links: (span.links ?? []).map(({ traceId, spanId }) => ({ traceId, spanId })),
  };
}

/** A trace seen through its spans: who made each, and how they hang together. */
export class TraceView {
  constructor(
    readonly traceId: string,
    readonly all: readonly TracedSpan[],
  ) {}

  get services(): string[] {
    return [...new Set(this.all.map((span) => span.service))].sort();
  }

  spans(name: string, service?: string): TracedSpan[] {
    return this.all.filter((span) => span.name === name && (service === undefined || span.service === service));
  }

  /** The one span of that name (and service); fails when there is none or more than one. */
  span(name: string, service?: string): TracedSpan {
    const found = this.spans(name, service);
    if (found.length !== 1) throw new Error(`expected one span "${name}"${service ? ` of ${service}` : ''}, found ${found.length}; the trace has: ${this.describe()}`);
    return found[0] as TracedSpan;
  }

  childrenOf(parent: TracedSpan): TracedSpan[] {
    return this.all.filter((span) => span.parentSpanId === parent.spanId);
  }

  describe(): string {
    return this.all.map((span) => `${span.service}: ${span.name}`).sort().join(', ');
  }
}
