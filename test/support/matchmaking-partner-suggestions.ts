import mongoose from 'mongoose';
import { waitFor } from './wait-for';

/** Matchmaking's record that it answered a partner search (collection `partner_suggestions`). */
interface PartnerSuggestionRecord {
  _id: string;
  causedByEventId: string;
  organisationIds: string[];
}

/**
 * The candidates the scenario's OWN matchmaking proposed for a partner search, from its database.
 * Every matchmaking on the shared broker reads the partner-search topic with a group of its own and
 * answers (ADR 10), so the answers on the topic are told apart by who their candidates are.
 */
export async function awaitOwnMatchmakingAnswer(mongoUri: string, dbName: string, requestId: string): Promise<PartnerSuggestionRecord> {
  const connection = await mongoose.createConnection(mongoUri, { dbName, serverSelectionTimeoutMS: 5_000 }).asPromise();
  try {
    const records = connection.collection<PartnerSuggestionRecord>('partner_suggestions');
    return await waitFor(async () => (await records.findOne({ _id: requestId })) ?? undefined, {
      timeoutMs: 60_000,
      description: `matchmaking's record of its answer to ${requestId}`,
    });
  } finally {
    await connection.close();
  }
}
