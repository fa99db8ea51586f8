import { expect } from '@jest/globals';
import type { Connection } from 'mongoose';
import { collectionsContent, sweepForServerErrors, type ProbeAnswer } from './http-input-probes';

/**
 * The bad-input rule for one probe: a 400 naming `field` (or a field inside it), and nothing written
 * to `collections` (nor emitted: events enter the outbox inside the aggregate they change).
 */
export async function expectRefusedWritingNothing(probe: () => Promise<ProbeAnswer>, field: string, db: Connection, collections: readonly string[]): Promise<void> {
  const before = await collectionsContent(db, collections);
  const answer = await probe();
  expect(answer.status).toBe(400);
  expect(answer.fields.some((named) => named === field || named.startsWith(`${field}.`))).toBe(true);
  expect(await collectionsContent(db, collections)).toBe(before);
}

/** Every operation of the service's OpenAPI document, swept with the input classes that gave 5xx: none may. */
export async function expectNoServerErrorFromAnyInput(service: string, baseUrl: string, token: string): Promise<void> {
  const report = await sweepForServerErrors(baseUrl, token);
  expect(report.serverErrors).toEqual([]);
  expect(report.operations).toBeGreaterThan(5);
  process.stdout.write(`${service} sweep: ${report.operations} operations, ${report.requests} requests, ${report.serverErrors.length} 5xx\n`);
}
