import { DUPLICATE_KEY_ERROR_CODE } from '@icn/platform';
import type { mongo } from 'mongoose';

interface IndexedWriteError {
  index: number;
  code?: number;
}

function writeErrorsOf(error: unknown): IndexedWriteError[] | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const writeErrors = (error as { writeErrors?: unknown }).writeErrors;
  if (Array.isArray(writeErrors)) return writeErrors as IndexedWriteError[];
  // A single failed write is reported as an object, not an array, by some driver versions.
  if (typeof writeErrors === 'object' && writeErrors !== null) return [writeErrors as IndexedWriteError];
  return undefined;
}

/**
 * Inserts every document that does not clash with a unique key and returns the positions of those
 * that did (code 11000). Any other failure is thrown: then some documents may be stored and others
 * not, and the caller must not assume either.
 */
export async function insertManyUnordered<T extends mongo.Document>(collection: mongo.Collection<T>, documents: readonly mongo.OptionalUnlessRequiredId<T>[]): Promise<Set<number>> {
  if (documents.length === 0) return new Set();
  try {
    await collection.insertMany([...documents], { ordered: false });
    return new Set();
  } catch (error) {
    const writeErrors = writeErrorsOf(error);
    if (!writeErrors || writeErrors.length === 0 || writeErrors.some((writeError) => writeError.code !== DUPLICATE_KEY_ERROR_CODE)) throw error;
    return new Set(writeErrors.map((writeError) => writeError.index));
  }
}
