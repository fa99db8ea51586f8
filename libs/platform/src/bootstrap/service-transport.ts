import type { INestApplication } from '@nestjs/common';

/**
 * Where an app provides the microservice transport it consumes events through (the messaging
 * library's event transport, a `CustomTransportStrategy`). The platform only connects and starts
 * it, so it does not depend on the messaging library; an app without one is a plain HTTP app.
 */
export const SERVICE_TRANSPORT = Symbol('SERVICE_TRANSPORT');

/** Connects the app's event transport, if it has one, as a hybrid app's microservice. */
export function connectServiceTransport(app: INestApplication): void {
  let strategy: object | undefined;
  try {
    strategy = app.get<object>(SERVICE_TRANSPORT, { strict: false });
  } catch {
    return; // no messaging in this app
  }
  // Handlers' filters, pipes and interceptors are their own (@OnEvent sets what they need), not the HTTP app's.
  app.connectMicroservice({ strategy }, { inheritAppConfig: false });
}

/**
 * Initialises the app (its bootstrap hooks create the topics, connect the producer, start the
 * relay), then starts the consumers through the transport, then listens: topics → producer →
 * relay → consumers → HTTP. A consumer that cannot start fails the start-up.
 */
export async function startServiceApp(app: INestApplication, port: number, hostname?: string): Promise<void> {
  await app.init();
  await app.startAllMicroservices();
  await (hostname === undefined ? app.listen(port) : app.listen(port, hostname));
}
