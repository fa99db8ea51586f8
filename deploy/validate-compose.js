// Offline checks of deploy/docker-compose.yml (no Docker engine runs on our machines, so
// `docker compose config` is not available): the file parses, every image is pinned, every
// service built from this repository points at an existing Dockerfile, every app under apps/ is
// deployed (but the demo infrastructure listed in notDeployed), and every service has a health
// check or depends on healthy infrastructure.
const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');

const root = path.resolve(__dirname, '..');
const composePath = path.join(__dirname, 'docker-compose.yml');
const compose = YAML.parse(fs.readFileSync(composePath, 'utf8'), { merge: true });
const problems = [];

const services = compose.services ?? {};
for (const [name, service] of Object.entries(services)) {
  if (service.image) {
    const tag = service.image.split(':')[1];
    if (!tag || tag === 'latest') problems.push(`${name}: image ${service.image} must be pinned to a version`);
  }
  if (service.build) {
    const dockerfile = path.resolve(__dirname, service.build.context, service.build.dockerfile);
    if (!fs.existsSync(dockerfile)) problems.push(`${name}: Dockerfile ${dockerfile} does not exist`);
    for (const dependency of Object.keys(service.depends_on ?? {})) {
      if (!services[dependency]) problems.push(`${name}: depends on unknown service ${dependency}`);
    }
    // The console holds no data and reads no topic: it needs the services' addresses instead.
    const required = name === 'console'
      ? ['OIDC_ISSUER', 'OIDC_CLIENT_SECRET', 'CONSOLE_SESSION_SECRET', 'MEMBERSHIP_URL', 'MATCHMAKING_URL', 'OPPORTUNITIES_URL', 'CONSORTIA_URL', 'NETWORK_URL', 'PORT']
      : ['KAFKA_BROKERS', 'MONGODB_URI', 'MONGODB_DB', 'JWT_SECRET', 'PORT'];
    for (const key of required) {
      if (!service.environment || !(key in service.environment)) problems.push(`${name}: environment lacks ${key}`);
    }
  } else if (!service.healthcheck) {
    problems.push(`${name}: infrastructure service without a healthcheck`);
  }
}

// Apps that are not platform services, and why they are not deployed.
const notDeployed = {
  'demo-identity': 'the demo OpenID Connect provider of the local platform and the tests; a deployment points OIDC_ISSUER at its own',
};
for (const app of fs.readdirSync(path.join(root, 'apps'))) {
  if (!services[app] && !(app in notDeployed)) problems.push(`apps/${app} is not deployed in docker-compose.yml`);
}

if (problems.length > 0) {
  console.error(`docker-compose.yml has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`docker-compose.yml: ${Object.keys(services).length} services OK`);
