// The chart's rules, asserted over what `helm template` renders (node --test; check.sh runs it with
// HELM set by ensure-tools.sh). Documentation says how the chart should be; these make it so:
// secrets only by reference, hardened pods with probes, a network policy and a disruption budget
// per workload, autoscaling never beyond the partitions, and the chart kept in step with the code
// (every setting, consumer group, API route and metric it names exists, and nothing is missing).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const chart = join(here, 'icn-platform');
const YAML = createRequire(join(root, 'package.json'))('yaml');
const HELM = process.env.HELM ?? toolPath('HELM');
const KUBERNETES_VERSION = process.env.KUBERNETES_VERSION ?? '1.37.0';

const SERVICES = ['membership', 'matchmaking', 'opportunities', 'consortia', 'network'];
const SECRET_VARIABLES = ['MONGODB_URI', 'KAFKA_SASL_PASSWORD', 'INTEGRATOR_API_KEYS', 'OIDC_CLIENT_SECRET', 'CONSOLE_SESSION_SECRET', 'JWT_SECRET', 'SMTP_PASSWORD', 'MAIL_UNSUBSCRIBE_SECRET'];

function toolPath(name) {
  const assignments = execFileSync(join(here, 'ensure-tools.sh'), { encoding: 'utf8' });
  const line = assignments.split('\n').find((entry) => entry.startsWith(`${name}=`));
  return line.slice(name.length + 1);
}

function render(...args) {
  const result = spawnSync(HELM, ['template', 'icn', chart, '--namespace', 'icn', '--kube-version', KUBERNETES_VERSION, ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`helm template ${args.join(' ')} failed:\n${result.stderr}`);
  return YAML.parseAllDocuments(result.stdout).map((document) => document.toJS()).filter(Boolean);
}

function renderError(...args) {
  const result = spawnSync(HELM, ['template', 'icn', chart, '--namespace', 'icn', '--kube-version', KUBERNETES_VERSION, ...args], { encoding: 'utf8' });
  assert.notEqual(result.status, 0, `helm template ${args.join(' ')} should fail`);
  return result.stderr;
}

const variants = {
  default: render(),
  production: render('-f', join(chart, 'values-production.yaml')),
  'all-features': render('-f', join(here, 'test-values', 'all-features.yaml')),
};

const ofKind = (manifests, kind) => manifests.filter((manifest) => manifest.kind === kind);
const byName = (manifests, kind, name) => ofKind(manifests, kind).find((manifest) => manifest.metadata.name === name);
const componentOf = (manifest) => manifest.metadata.labels['app.kubernetes.io/component'];
const sameLabels = (selector, labels) => Object.entries(selector).every(([key, value]) => labels[key] === value);
const configOf = (manifests, component) => ofKind(manifests, 'ConfigMap').find((map) => componentOf(map) === component)?.data;

/** The environment variables a config class declares, with their literal defaults where they have one. */
function settingsOf(file) {
  const settings = new Map();
  for (const line of readFileSync(join(root, file), 'utf8').split('\n')) {
    const match = /^\s+(?:override\s+)?([A-Z][A-Z0-9_]+)[!?]?\s*(?::[^=;]+)?(?:=\s*(.+?))?;\s*$/.exec(line);
    if (match) settings.set(match[1], literal(match[2]));
  }
  return settings;
}

/** A default as the environment would spell it, or undefined when it is not a plain literal. */
function literal(source) {
  if (source === undefined) return undefined;
  const text = source.trim();
  if (/^'[^']*'$/.test(text)) return text.slice(1, -1);
  if (text === 'true' || text === 'false') return text;
  if (/^[\d_\s*]+$/.test(text)) return String(text.replace(/_/g, '').split('*').reduce((product, factor) => product * Number(factor), 1));
  const list = /^\[(.*)\]$/.exec(text);
  if (list) return list[1].split(',').map((item) => item.trim().replace(/^'|'$/g, '')).filter(Boolean).join(',');
  return undefined;
}

const base = new Map([...settingsOf('libs/platform/src/config/kafka-client.config.ts'), ...settingsOf('libs/platform/src/config/base-service.config.ts')]);
const serviceSettings = {
  membership: new Map([...base, ...settingsOf('apps/membership/src/membership.config.ts')]),
  matchmaking: new Map([...base, ...settingsOf('apps/matchmaking/src/matchmaking.config.ts')]),
  opportunities: new Map([...base, ...settingsOf('apps/opportunities/src/opportunities.config.ts'), ...settingsOf('apps/opportunities/src/notifications/delivery.config.ts'), ...settingsOf('apps/opportunities/src/mail/mail.config.ts')]),
  consortia: new Map([...base, ...settingsOf('apps/consortia/src/consortia.config.ts')]),
  network: new Map([...base, ...settingsOf('apps/network/src/network.config.ts')]),
  console: settingsOf('apps/console/src/console.config.ts'),
};

/** Settings the chart leaves unset on purpose, and why (the reasons are the README's too). */
const LEFT_UNSET = {
  JWT_SECRET: 'development tokens: refused with NODE_ENV=production; the chart names an OpenID provider',
  JWT_ISSUER: 'only for development HS256 tokens',
  JWT_AUDIENCE: 'only for development HS256 tokens',
  WEBHOOK_ALLOWED_HOSTS: 'lets webhooks reach internal addresses: local development and tests only, never in production',
  INSTANCE_ID: "random per process, so no two replicas ever share a broadcast group; a pod's name would be reused by its restarted container",
  MAIL_TEST_CLOCK: 'tests only: the digest clock read from the database (refused with NODE_ENV=production)',
  CONSOLE_WEB_DIR: "where the console's image puts the web application (its Dockerfile sets it)",
};

/** Values of values.yaml that differ from the code's default on purpose. */
const DELIBERATE_DEFAULTS = {
  MONGODB_MAX_POOL_SIZE: "the code's 20 protects FerretDB; MongoDB takes more",
  TRUST_PROXY: 'behind the ingress controller: one proxy hop',
};

describe('secrets are only referenced', () => {
  for (const [variant, manifests] of Object.entries(variants)) {
    it(`${variant}: no Secret is rendered, and secret variables come from secretKeyRef only`, () => {
      assert.deepEqual(ofKind(manifests, 'Secret'), []);
      for (const map of ofKind(manifests, 'ConfigMap')) {
        for (const name of SECRET_VARIABLES) assert.ok(!(name in (map.data ?? {})), `${map.metadata.name} holds ${name}`);
      }
      for (const workload of [...ofKind(manifests, 'Deployment'), ...ofKind(manifests, 'Job')]) {
        for (const container of workload.spec.template.spec.containers) {
          for (const entry of container.env ?? []) {
            if (SECRET_VARIABLES.includes(entry.name)) {
              assert.ok(entry.valueFrom?.secretKeyRef?.name && entry.value === undefined, `${workload.metadata.name}: ${entry.name} must come from a secretKeyRef`);
            }
          }
        }
      }
    });
  }
});

describe('every workload is hardened, probed and bounded', () => {
  for (const [variant, manifests] of Object.entries(variants)) {
    it(`${variant}: each Deployment runs non-root (uid 1000), read-only, without privileges, with /tmp, resources and node as PID 1`, () => {
      const deployments = ofKind(manifests, 'Deployment');
      assert.deepEqual(deployments.map(componentOf).sort(), [...SERVICES, 'console'].sort());
      for (const workload of [...deployments, ...ofKind(manifests, 'Job')]) {
        const pod = workload.spec.template.spec;
        const name = workload.metadata.name;
        assert.equal(pod.automountServiceAccountToken, false, name);
        assert.deepEqual([pod.securityContext.runAsNonRoot, pod.securityContext.runAsUser, pod.securityContext.seccompProfile.type], [true, 1000, 'RuntimeDefault'], name);
        assert.equal(pod.containers.length, 1, name);
        const [container] = pod.containers;
        const context = container.securityContext;
        assert.deepEqual([context.readOnlyRootFilesystem, context.allowPrivilegeEscalation, context.capabilities.drop], [true, false, ['ALL']], name);
        const tmp = container.volumeMounts.find((mount) => mount.mountPath === '/tmp');
        assert.ok(tmp && pod.volumes.find((volume) => volume.name === tmp.name)?.emptyDir, `${name}: /tmp must be an emptyDir`);
        assert.ok(container.resources.requests.cpu && container.resources.requests.memory && container.resources.limits.memory, `${name}: resources`);
        if (workload.kind === 'Deployment') assert.equal(container.command, undefined, `${name}: the image's CMD (node as PID 1) must run`);
        else assert.equal(container.command[0], 'node', `${name}: exec form, node as PID 1`);
      }
    });

    it(`${variant}: each Deployment has startup, readiness and liveness probes on the health endpoints, and time to shut down`, () => {
      for (const deployment of ofKind(manifests, 'Deployment')) {
        const pod = deployment.spec.template.spec;
        const [container] = pod.containers;
        const name = deployment.metadata.name;
        assert.equal(container.startupProbe.httpGet.path, '/health/live', name);
        assert.equal(container.readinessProbe.httpGet.path, '/health/ready', name);
        assert.equal(container.livenessProbe.httpGet.path, '/health/live', name);
        const config = configOf(manifests, componentOf(deployment));
        if (componentOf(deployment) !== 'console') {
          const window = container.startupProbe.periodSeconds * container.startupProbe.failureThreshold;
          assert.ok(window * 1000 > Number(config.KAFKA_STARTUP_TIMEOUT_MS), `${name}: the startup probe (${window} s) must outlast KAFKA_STARTUP_TIMEOUT_MS`);
          const needed = container.lifecycle.preStop.sleep.seconds + Number(config.SHUTDOWN_TIMEOUT_MS) / 1000;
          assert.ok(pod.terminationGracePeriodSeconds > needed, `${name}: grace period ${pod.terminationGracePeriodSeconds} s ≤ preStop + SHUTDOWN_TIMEOUT_MS`);
        }
      }
    });

    it(`${variant}: each Deployment has its Service, PodDisruptionBudget and NetworkPolicy`, () => {
      for (const deployment of ofKind(manifests, 'Deployment')) {
        const labels = deployment.spec.template.metadata.labels;
        const name = deployment.metadata.name;
        const service = byName(manifests, 'Service', name);
        assert.ok(service && sameLabels(service.spec.selector, labels), `${name}: Service`);
        const budget = byName(manifests, 'PodDisruptionBudget', name);
        assert.ok(budget && sameLabels(budget.spec.selector.matchLabels, labels) && budget.spec.maxUnavailable >= 1, `${name}: PodDisruptionBudget`);
        const policies = ofKind(manifests, 'NetworkPolicy').filter((policy) => sameLabels(policy.spec.podSelector.matchLabels, labels));
        assert.equal(policies.length, 1, `${name}: one NetworkPolicy`);
        assert.deepEqual(policies[0].spec.policyTypes, ['Ingress', 'Egress'], name);
        for (const rule of policies[0].spec.egress) assert.ok(rule.to || rule.ports?.length, `${name}: an egress rule without to and ports allows everything`);
      }
    });

    it(`${variant}: only opportunities reaches webhook receivers; services are reached by the console, and never by each other`, () => {
      for (const policy of ofKind(manifests, 'NetworkPolicy')) {
        const publicEgress = policy.spec.egress.some((rule) => (rule.to ?? []).some((peer) => peer.ipBlock?.cidr === '0.0.0.0/0'));
        assert.equal(publicEgress, componentOf(policy) === 'opportunities', `${policy.metadata.name}: public egress`);
        const fromPods = policy.spec.ingress.flatMap((rule) => rule.from ?? []).filter((peer) => peer.podSelector && !peer.namespaceSelector);
        for (const peer of fromPods) assert.equal(peer.podSelector.matchLabels['app.kubernetes.io/component'], 'console', `${policy.metadata.name}: only the console reaches it from inside the release`);
      }
    });
  }
});

describe('autoscaling follows the consumer groups and never exceeds the partitions', () => {
  it('production: one ScaledObject per consuming service, one Kafka trigger per consumer group of its code, CPU as the second trigger', () => {
    const manifests = variants.production;
    const scaled = ofKind(manifests, 'ScaledObject');
    assert.deepEqual(scaled.map(componentOf).sort(), ['consortia', 'matchmaking', 'network', 'opportunities']);
    for (const object of scaled) {
      const component = componentOf(object);
      const config = configOf(manifests, component);
      assert.ok(object.spec.maxReplicaCount <= Number(config.KAFKA_TOPIC_PARTITIONS), `${component}: maxReplicaCount ${object.spec.maxReplicaCount} > partitions`);
      const kafka = object.spec.triggers.filter((trigger) => trigger.type === 'kafka');
      const expected = consumerGroupVariablesOf(component).map((variable) => config[variable]);
      assert.deepEqual(kafka.map((trigger) => trigger.metadata.consumerGroup).sort(), expected.sort(), `${component}: the groups its code declares`);
      for (const trigger of kafka) {
        assert.equal(trigger.metadata.bootstrapServers, config.KAFKA_BROKERS);
        assert.equal(trigger.metadata.sasl, 'scram_sha512');
        assert.equal(trigger.authenticationRef.name, `${object.metadata.name}-kafka`);
      }
      assert.deepEqual(object.spec.triggers.filter((trigger) => trigger.type === 'cpu').length, 1, `${component}: a CPU trigger`);
      const auth = byName(manifests, 'TriggerAuthentication', `${object.metadata.name}-kafka`);
      const deployment = byName(manifests, 'Deployment', object.spec.scaleTargetRef.name);
      const password = deployment.spec.template.spec.containers[0].env.find((entry) => entry.name === 'KAFKA_SASL_PASSWORD').valueFrom.secretKeyRef;
      assert.deepEqual(auth.spec.secretTargetRef.find((ref) => ref.parameter === 'password'), { parameter: 'password', name: password.name, key: password.key }, `${component}: KEDA reads the service's own password`);
    }
    assert.deepEqual(ofKind(manifests, 'HorizontalPodAutoscaler').map(componentOf).sort(), ['console', 'membership']);
  });

  it('without KEDA, a HorizontalPodAutoscaler on CPU for each autoscaled component', () => {
    const manifests = render('-f', join(chart, 'values-production.yaml'), '--set', 'autoscaling.keda.enabled=false');
    assert.deepEqual(ofKind(manifests, 'ScaledObject'), []);
    const autoscalers = ofKind(manifests, 'HorizontalPodAutoscaler');
    assert.deepEqual(autoscalers.map(componentOf).sort(), [...SERVICES, 'console'].sort());
    for (const autoscaler of autoscalers) assert.equal(autoscaler.spec.metrics[0].resource.name, 'cpu');
  });

  it('an autoscaling maximum above the partitions fails the template, saying why', () => {
    const message = renderError('-f', join(chart, 'values-production.yaml'), '--set', 'services.opportunities.autoscaling.maxReplicas=13');
    assert.match(message, /services\.opportunities\.autoscaling\.maxReplicas \(13\) exceeds kafka\.topics\.partitions \(12\)/);
    assert.match(renderError('--set', 'services.consortia.replicas=4'), /services\.consortia\.replicas \(4\) exceeds kafka\.topics\.partitions \(3\)/);
  });

  it('a setting the chart derives cannot be set twice, and a grace period too short for the shutdown is refused', () => {
    assert.match(renderError('--set', 'services.matchmaking.config.KAFKA_TOPIC_PARTITIONS=9'), /services\.matchmaking\.config\.KAFKA_TOPIC_PARTITIONS: set by the chart from kafka\.topics\.partitions/);
    assert.match(renderError('--set', 'shutdown.terminationGracePeriodSeconds=10'), /terminationGracePeriodSeconds \(10\) must be at least/);
  });
});

/** The configuration variables naming a service's shared consumer groups, read from its consumerGroup(...) declarations. */
function consumerGroupVariablesOf(service) {
  const variables = [];
  const visit = (directory) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.consumer.ts')) {
        const source = readFileSync(path, 'utf8');
        // Broadcast groups are one per replica: their lag says nothing about scaling.
        if (/delivery:\s*'broadcast'/.test(source)) continue;
        for (const match of source.matchAll(/groupId:\s*config\.([A-Z][A-Z0-9_]+)/g)) variables.push(match[1]);
      }
    }
  };
  visit(join(root, 'apps', service, 'src'));
  return variables;
}

describe('e-mail', () => {
  const policyOf = (manifests) => ofKind(manifests, 'NetworkPolicy').find((policy) => componentOf(policy) === 'opportunities');
  const reachesSmtp = (policy) => policy.spec.egress.some((rule) => (rule.ports ?? []).some((port) => port.port === 587));

  it('opportunities may reach an SMTP relay only when one is configured, and gets the public URLs its mail links to', () => {
    assert.equal(reachesSmtp(policyOf(variants.default)), false);
    assert.equal(reachesSmtp(policyOf(variants['all-features'])), true);
    const config = configOf(variants['all-features'], 'opportunities');
    assert.equal(config.SMTP_HOST, 'smtp.example.org');
    assert.equal(config.CONSOLE_PUBLIC_URL, 'https://icn.example.org');
    assert.match(configOf(variants.default, 'opportunities').OPPORTUNITIES_PUBLIC_URL, /^https?:\/\/api\.icn\.example\.org$/);
  });
});

describe('the chart is in step with the code', () => {
  const manifests = variants.production;

  for (const component of [...SERVICES, 'console']) {
    it(`${component}: every setting of its config classes is set by the chart or left unset for a stated reason, and nothing else is set`, () => {
      const settings = serviceSettings[component];
      const config = configOf(manifests, component);
      const deployment = ofKind(manifests, 'Deployment').find((workload) => componentOf(workload) === component);
      const fromSecrets = deployment.spec.template.spec.containers[0].env.filter((entry) => entry.valueFrom?.secretKeyRef).map((entry) => entry.name);
      const set = new Set([...Object.keys(config), ...fromSecrets]);
      const missing = [...settings.keys()].filter((name) => !set.has(name) && !(name in LEFT_UNSET));
      assert.deepEqual(missing, [], `${component} declares ${missing.join(', ')}, which the chart does not set: add each to values.yaml (services.${component}.config, or a typed value) or to LEFT_UNSET in chart.test.mjs with the reason`);
      const unknown = Object.keys(config).filter((name) => !settings.has(name) && name !== 'NODE_EXTRA_CA_CERTS' && !name.startsWith('OTEL_'));
      assert.deepEqual(unknown, [], `${component}: the chart sets variables the code does not read`);
    });
  }

  it("values.yaml's settings are the code's defaults, but for stated reasons", () => {
    const values = YAML.parse(readFileSync(join(chart, 'values.yaml'), 'utf8'));
    const sources = [['config', values.config, base], ['console.config', values.console.config, serviceSettings.console]];
    for (const service of SERVICES) sources.push([`services.${service}.config`, values.services[service].config, serviceSettings[service]]);
    const differences = [];
    for (const [path, entries, settings] of sources) {
      for (const [name, value] of Object.entries(entries)) {
        const code = settings.get(name);
        if (code !== undefined && code !== String(value) && !(name in DELIBERATE_DEFAULTS)) differences.push(`${path}.${name}: ${value} (code: ${code})`);
      }
    }
    assert.deepEqual(differences, []);
  });

  it("the API ingress routes every service's controllers, and nothing else (no /metrics, /health, /docs)", () => {
    const ingress = byName(manifests, 'Ingress', 'icn-icn-platform-api');
    const routed = new Map();
    for (const path of ingress.spec.rules[0].http.paths) routed.set(path.path, path.backend.service.name.replace('icn-icn-platform-', ''));
    const expected = new Map();
    for (const service of SERVICES) {
      for (const segment of controllerSegmentsOf(service)) expected.set(`/${segment}`, service);
    }
    assert.deepEqual([...routed].sort(), [...expected].sort());
  });

  it('the topics Job runs the command that reads the topics from @icn/contracts; no topic name is written in the chart', () => {
    const job = ofKind(manifests, 'Job')[0];
    assert.equal(job.metadata.annotations['helm.sh/hook'], 'pre-install,pre-upgrade');
    const script = job.spec.template.spec.containers[0].command.find((arg) => arg.endsWith('.cli.js'));
    assert.ok(existsSync(join(root, script.replace(/^dist\/out-tsc\//, '').replace(/\.js$/, '.ts'))), `${script} is built from the workspace`);
    const env = Object.fromEntries(job.spec.template.spec.containers[0].env.filter((entry) => 'value' in entry).map((entry) => [entry.name, entry.value]));
    assert.deepEqual([env.KAFKA_TOPIC_PARTITIONS, env.KAFKA_TOPIC_REPLICATION_FACTOR, env.KAFKA_TOPIC_MIN_INSYNC_REPLICAS], ['12', '3', '2']);
    const rendered = JSON.stringify(manifests);
    assert.ok(!/icn\.(membership|opportunities|matchmaking|consortia|network)\.[a-z-]+\.v\d/.test(rendered), 'a topic name is written in the chart');
  });
});

/** The first path segments of a service's controllers. */
function controllerSegmentsOf(service) {
  const segments = new Set();
  const visit = (directory) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.ts') && !entry.name.includes('spec')) {
        for (const match of readFileSync(path, 'utf8').matchAll(/@Controller\(\s*'([^'/]+)/g)) segments.add(match[1]);
      }
    }
  };
  visit(join(root, 'apps', service, 'src'));
  return [...segments];
}

describe('alerts and dashboard use metrics that exist', () => {
  const metricNames = new Set();
  for (const file of ['libs/platform/src/metrics/platform-metrics.ts', 'apps/opportunities/src/webhooks/webhook-delivery-metrics.ts']) {
    for (const match of readFileSync(join(root, file), 'utf8').matchAll(/name:\s*'(icn_[a-z_]+)'/g)) metricNames.add(match[1]);
  }
  // Histograms expose _bucket, _count and _sum; Node's defaults and kube-state-metrics' are not ours.
  const known = (name) =>
    metricNames.has(name) || metricNames.has(name.replace(/_(bucket|count|sum)$/, '')) || /^(kube_|process_|nodejs_)/.test(name) || name === 'icn:consumer_lag:sum';
  const metricsIn = (expr) => [...expr.replace(/"[^"]*"/g, '""').matchAll(/\b((?:icn|kube|process|nodejs)[a-z_:]*)\b/g)].map((match) => match[1]);

  it('every alert has a severity, a summary, a description and a runbook section in the README, and reads known metrics', () => {
    const [rule] = ofKind(variants.production, 'PrometheusRule');
    const readme = readFileSync(join(chart, 'README.md'), 'utf8');
    const alerts = rule.spec.groups.flatMap((group) => group.rules).filter((entry) => entry.alert);
    assert.ok(alerts.length >= 6);
    for (const alert of alerts) {
      assert.ok(['critical', 'warning', 'info'].includes(alert.labels.severity), alert.alert);
      assert.ok(alert.annotations.summary && alert.annotations.description, alert.alert);
      assert.match(readme, new RegExp(`^#### ${alert.alert}$`, 'm'), `README.md: a runbook section "#### ${alert.alert}"`);
    }
    for (const entry of rule.spec.groups.flatMap((group) => group.rules)) {
      for (const name of metricsIn(entry.expr)) assert.ok(known(name), `${entry.alert ?? entry.record}: unknown metric ${name}`);
    }
  });

  it('the dashboard is valid JSON, shipped as labelled ConfigMap when enabled, and each panel reads known metrics', () => {
    const dashboard = JSON.parse(readFileSync(join(chart, 'dashboards', 'icn-platform.json'), 'utf8'));
    const exprs = dashboard.panels.flatMap((panel) => panel.targets ?? []).map((target) => target.expr);
    assert.ok(exprs.length >= 10);
    for (const expr of exprs) for (const name of metricsIn(expr)) assert.ok(known(name), `dashboard: unknown metric ${name} in ${expr}`);
    for (const name of ['icn_consumer_lag', 'icn_events_dead_lettered_total', 'icn_dead_letter_messages', 'icn_outbox_backlog', 'icn_webhook_deliveries_total', 'icn_http_request_duration_seconds_count', 'kube_pod_status_ready']) {
      assert.ok(exprs.some((expr) => expr.includes(name)), `dashboard: no panel for ${name}`);
    }
    const map = ofKind(variants.production, 'ConfigMap').find((entry) => entry.metadata.labels.grafana_dashboard === '1');
    assert.deepEqual(JSON.parse(map.data['icn-platform.json']), dashboard);
    assert.equal(ofKind(variants.default, 'ConfigMap').filter((entry) => entry.metadata.labels.grafana_dashboard).length, 0);
  });
});
