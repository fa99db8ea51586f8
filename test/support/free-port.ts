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
