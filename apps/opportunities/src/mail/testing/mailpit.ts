import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const STACK = resolve(__dirname, '../../../../../deploy/local/stack.sh');

/** A message as Mailpit's list answers it (GET /api/v1/messages). */
export interface MailpitSummary {
  ID: string;
  MessageID: string;
  Subject: string;
  To: { Name: string; Address: string }[];
  Created: string;
}

/** One message in full (GET /api/v1/message/<id>). */
export interface MailpitMessage extends MailpitSummary {
  From: { Name: string; Address: string };
  Text: string;
  HTML: string;
}

/**
 * A Mailpit of the test's own (`deploy/local/stack.sh up mailpit`, built once into the cache) on
 * free ports of this suite's range (21000–21999), its data in a temporary directory: a real SMTP
 * server to send to, read back through the same REST API its web view uses.
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
    const env = { ...process.env, ICN_STACK_DIR: stackDir, MAILPIT_SMTP_PORT: String(smtpPort), MAILPIT_UI_PORT: String(apiPort) };
    await run(STACK, ['up', 'mailpit'], { env });
    return new MailpitProcess(stackDir, env, smtpPort, apiPort);
  }

  async stop(): Promise<void> {
    await run(STACK, ['down', 'mailpit'], { env: this.env }).catch(() => undefined);
    rmSync(this.stackDir, { recursive: true, force: true });
  }

  private async api<T>(path: string, init?: RequestInit): Promise<T> {
    const response = await fetch(`http://127.0.0.1:${this.apiPort}${path}`, init);
    if (!response.ok) throw new Error(`Mailpit ${init?.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  /** Every message received, newest first. */
  async messages(): Promise<MailpitSummary[]> {
    return (await this.api<{ messages: MailpitSummary[] }>('/api/v1/messages?limit=1000')).messages;
  }

  async message(id: string): Promise<MailpitMessage> {
    return this.api<MailpitMessage>(`/api/v1/message/${encodeURIComponent(id)}`);
  }

  /** The message's headers as received, each name with all its values. */
  async headers(id: string): Promise<Record<string, string[]>> {
    return this.api<Record<string, string[]>>(`/api/v1/message/${encodeURIComponent(id)}/headers`);
  }

  /** Waits until `predicate` holds for the messages received (polling the API), and returns them. */
  async waitFor(predicate: (messages: MailpitSummary[]) => boolean, timeoutMs = 15_000): Promise<MailpitSummary[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const messages = await this.messages();
      if (predicate(messages)) return messages;
      if (Date.now() > deadline) throw new Error(`Mailpit: condition not met within ${timeoutMs} ms (${messages.length} messages)`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }
}

/** A free port of the range this suite's infrastructure may use (21000–21999). */
async function freePortInRange(): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = 21_000 + Math.floor(Math.random() * 1000);
    if (await isFree(port)) return port;
  }
  throw new Error('no free port in 21000-21999');
}

function isFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.unref();
    server.once('error', () => done(false));
    server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });
}
