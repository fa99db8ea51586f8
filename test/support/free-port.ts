import { createServer } from 'node:net';

/**
 * Asks the OS for a free TCP port. The port is released before the service binds it, so another
 * process could in theory take it in between; on a test box that race is rare enough, and a
 * service that fails to bind shows up as "exited before ready" with its log.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error('could not determine a free port'));
        return;
      }
      server.close(() => resolve(address.port));
    });
  });
}

/**
 * The first of `count` consecutive free ports (as stack.sh places a Kafka cluster's nodes): a free
 * port from the OS, kept only if the ones after it are free too.
 */
export async function freePortRun(count: number): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = await freePort();
    if (base + count > 65_535) continue;
    const free = await Promise.all(Array.from({ length: count - 1 }, (_, index) => isFree(base + 1 + index)));
    if (free.every(Boolean)) return base;
  }
  throw new Error(`no run of ${count} consecutive free ports found`);
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
