import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './service-process';

const run = promisify(execFile);
const STACK = join(REPO_ROOT, 'deploy/local/stack.sh');

export interface MailpitSummary {
  ID: string;
  MessageID: string;
  Subject: string;
  To: { Name: string; Address: string }[];
}

/**
 * The scenario's own SMTP server: Mailpit (`deploy/local/stack.sh up mailpit`, built once into the
 * cache) on free ports of 21000–21999, its messages read back through its REST API (ADR 19).
 */
export class MailpitProcess {
  private constructor(
    private readonly stackDir: string,
    private readonly env: NodeJS.ProcessEnv,
    readonly smtpPort: number,
    readonly apiPort: number,
  ) {}

  static async start(): Promise<MailpitProcess> {
    const stackDir = mkdtempSync(join(tmpdir(), 'icn-mailpit-'));
    const smtpPort = await freePortInRange();
    let apiPort = await freePortInRange();
    while (apiPort === smtpPort) apiPort = await freePortInRange();
    const env = { ...process.env, ICN_STACK_DIR: stackDir, MAILPIT_SMTP_PORT: String(smtpPort), MAILPIT_UI_PORT: String(apiPort), MAILPIT_MAX_MESSAGES: '0' };
    await run(STACK, ['up', 'mailpit'], { env });
    return new MailpitProcess(stackDir, env, smtpPort, apiPort);
  }

  async stop(): Promise<void> {
    await run(STACK, ['down', 'mailpit'], { env: this.env }).catch(() => undefined);
    rmSync(this.stackDir, { recursive: true, force: true });
  }

  /** Every message received (all pages). */
  async messages(): Promise<MailpitSummary[]> {
    const all: MailpitSummary[] = [];
    for (let start = 0; ; start += 500) {
      const page = (await (await fetch(`http://127.0.0.1:${this.apiPort}/api/v1/messages?limit=500&start=${start}`)).json()) as { messages: MailpitSummary[] };
      all.push(...page.messages);
      if (page.messages.length < 500) return all;
    }
  }

  async text(id: string): Promise<string> {
    return ((await (await fetch(`http://127.0.0.1:${this.apiPort}/api/v1/message/${encodeURIComponent(id)}`)).json()) as { Text: string }).Text;
  }
}

async function freePortInRange(): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = 21_000 + Math.floor(Math.random() * 1000);
    const free = await new Promise<boolean>((done) => {
      const server = createServer();
      server.unref();
      server.once('error', () => done(false));
      server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port in 21000-21999');
}
