import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2ePlatform } from '../../support/e2e-platform';
import { clusterInput, organisationInput } from '../../support/factories';
import { freePort } from '../../support/free-port';
import { MailpitProcess } from '../../support/mailpit';
import { expectStatus, HttpClient } from '../../support/http-client';
import { NetworkReadModels } from '../../support/network-read-models';
import { awaitClusterInOpportunities } from '../../support/opportunities-platform';
import { ServiceProcess } from '../../support/service-process';
import { clusterManagerToken } from '../../support/tokens';
import { uniqueClusterId } from '../../support/unique-id';
import { waitFor } from '../../support/wait-for';

/** The audience the local provider puts in access tokens and every service checks. */
const AUDIENCE = 'icn-api';
/** Every demo user's password in these runs (a throwaway provider; nothing to protect). */
export const DEMO_PASSWORD = 'demo-password';

export type PersonaKey = 'admin' | 'managerA' | 'managerB' | 'memberA' | 'memberB';

export interface Persona {
  username: string;
  name: string;
  role: 'network-admin' | 'cluster-manager' | 'member';
  clusterId?: string;
  organisationId?: string;
}

export interface ConsoleOrganisation {
  organisationId: string;
  name: string;
  clusterId: string;
}

/**
 * The whole platform as a person meets it: membership, matchmaking, opportunities, consortia and network
 * (E2ePlatform: own databases and consumer groups), the local OpenID provider with this run's
 * people, a Mailpit the e-mail goes to, and the console's server in front — each a real process. Two clusters with one member
 * organisation each, so scenarios can check what crosses (and what must not cross) a cluster.
 */
export class ConsolePlatform {
  readonly personas: Readonly<Record<PersonaKey, Persona>>;

  private constructor(
    readonly services: E2ePlatform,
    readonly identity: ServiceProcess,
    readonly console: ServiceProcess,
    readonly clusterB: string,
    readonly organisationA: ConsoleOrganisation,
    readonly organisationB: ConsoleOrganisation,
    private readonly workDir: string,
    /** The run's own SMTP server: the opportunities service mails subscriptions' recipients through it. */
    readonly mailpit: MailpitProcess,
  ) {
    const a = services.clusterId;
    this.personas = {
      admin: { username: 'admin', name: 'Sam Secretariat', role: 'network-admin' },
      managerA: { username: 'manager.a', name: 'Maria Manager', role: 'cluster-manager', clusterId: a },
      managerB: { username: 'manager.b', name: 'Bo Manager', role: 'cluster-manager', clusterId: clusterB },
      memberA: { username: 'member.a', name: 'Mads Member', role: 'member', clusterId: a, organisationId: organisationA.organisationId },
      memberB: { username: 'member.b', name: 'Bea Member', role: 'member', clusterId: clusterB, organisationId: organisationB.organisationId },
    };
  }

  get consoleUrl(): string {
    return this.console.baseUrl;
  }

  static async start(): Promise<ConsolePlatform> {
    const identityPort = await freePort();
    const consolePort = await freePort();
    const issuer = `http://127.0.0.1:${identityPort}`;
    const consoleUrl = `http://127.0.0.1:${consolePort}`;
    const clientSecret = randomBytes(24).toString('hex');
    const workDir = mkdtempSync(join(tmpdir(), 'icn-console-e2e-'));
    const usersFile = join(workDir, 'users.json');
    writeFileSync(usersFile, '[]');
    const mailpit = await MailpitProcess.start();

    const services = await E2ePlatform.start('console', {
      opportunities: true,
      consortia: true,
      network: true,
      // OpenID Connect tokens from the provider below; the harness's own HS256 tokens stay valid too.
      // The lag and dead-letter figures read from the broker every second, for the operations page.
      // E-mail (subscriptions' e-mail channel) goes to this run's Mailpit, its links to this console.
      serviceEnv: {
        OIDC_ISSUER: issuer,
        OIDC_AUDIENCE: AUDIENCE,
        CONSUMER_LAG_POLL_MS: '1000',
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(mailpit.smtpPort),
        SMTP_TLS: 'none',
        MAIL_UNSUBSCRIBE_SECRET: randomBytes(32).toString('hex'),
        MAIL_POLL_MS: '200',
      },
    }).catch(async (error: unknown) => {
      await mailpit.stop();
      throw error;
    });
    try {
      const clusterB = uniqueClusterId();
      await services.api.registerCluster(clusterInput(clusterB, { name: `Second cluster ${clusterB}`, country: 'NO', city: 'Stavanger' }));
      const organisationA = await joinOrganisation(services, services.clusterId, 1, 'Aarhus Heat Pumps');
      const organisationB = await joinOrganisation(services, clusterB, 2, 'Bergen Hydrogen');

      const identity = new ServiceProcess({
        app: 'demo-identity',
        logName: `console-${services.runId}-demo-identity`,
        port: identityPort,
        readyPath: '/.well-known/openid-configuration',
        env: {
          OIDC_PORT: String(identityPort),
          OIDC_ISSUER: issuer,
          OIDC_AUDIENCE: AUDIENCE,
          OIDC_CONSOLE_CLIENT_SECRET: clientSecret,
          OIDC_CONSOLE_REDIRECT_URIS: `${consoleUrl}/auth/callback`,
          OIDC_CONSOLE_POST_LOGOUT_URIS: `${consoleUrl}/`,
          OIDC_USERS_FILE: usersFile,
          OIDC_KEYS_FILE: join(workDir, 'jwks.json'),
          NODE_ENV: 'test',
        },
      });
      const consoleServer = new ServiceProcess({
        app: 'console',
        logName: `console-${services.runId}-console`,
        port: consolePort,
        env: {
          CONSOLE_PUBLIC_URL: consoleUrl,
          OIDC_ISSUER: issuer,
          OIDC_CLIENT_SECRET: clientSecret,
          OIDC_AUDIENCE: AUDIENCE,
          CONSOLE_SESSION_SECRET: randomBytes(32).toString('hex'),
          MEMBERSHIP_URL: services.membership.baseUrl,
          MATCHMAKING_URL: services.matchmaking.baseUrl,
          OPPORTUNITIES_URL: services.requireOpportunitiesUrl(),
          CONSORTIA_URL: services.requireConsortiaUrl(),
          NETWORK_URL: services.requireNetworkUrl(),
          LOG_LEVEL: 'info',
        },
      });
      const platform = new ConsolePlatform(services, identity, consoleServer, clusterB, organisationA, organisationB, workDir, mailpit);
      writeFileSync(usersFile, JSON.stringify(Object.values(platform.personas).map((persona) => ({ ...persona, password: DEMO_PASSWORD, email: `${persona.username}@example.org` })), null, 2));
      await Promise.all([identity.startAndWaitReady(), consoleServer.startAndWaitReady()]);
      await platform.awaitReadModels();
      return platform;
    } catch (error) {
      await services.stop();
      await mailpit.stop();
      throw error;
    }
  }

  /** The second cluster and both organisations reached every read model the pages use. */
  private async awaitReadModels(): Promise<void> {
    await awaitClusterInOpportunities(new HttpClient(() => this.services.requireOpportunitiesUrl(), clusterManagerToken(this.services.jwtSecret, this.clusterB)), this.clusterB);
    await waitFor(() => this.services.directory.hasCluster(this.clusterB), { timeoutMs: 90_000, description: `cluster ${this.clusterB} in matchmaking's directory` });
    for (const organisation of [this.organisationA, this.organisationB]) {
      await waitFor(async () => (await this.services.directory.getOrganisation(organisation.organisationId)).status === 200, {
        timeoutMs: 90_000,
        description: `${organisation.name} in matchmaking's directory`,
      });
    }
    // Network drafts an application only for an organisation its own directory knows.
    const network = await NetworkReadModels.open(this.services.env.mongoUri, this.services.networkDatabase);
    try {
      for (const organisation of [this.organisationA, this.organisationB]) {
        await waitFor(() => network.hasOrganisation(organisation.organisationId), { timeoutMs: 90_000, description: `${organisation.name} in network's directory` });
      }
    } finally {
      await network.close();
    }
  }

  async stop(passed: boolean): Promise<void> {
    if (passed) this.services.markPassed();
    await Promise.all([this.console.stop(), this.identity.stop()]);
    await this.services.stop();
    await this.mailpit.stop();
    if (passed) rmSync(this.workDir, { recursive: true, force: true });
  }
}

async function joinOrganisation(services: E2ePlatform, clusterId: string, n: number, name: string): Promise<ConsoleOrganisation> {
  const api = services.membershipAs(clusterId);
  const response = await api.joinOrganisation(organisationInput(clusterId, n, { name: `${name} ${clusterId}`, helixType: 'company', companySize: 'sme' }));
  expectStatus(response, 201, `join ${name}`);
  return { organisationId: response.body.organisationId, name: response.body.name, clusterId };
}
