import { randomUUID } from 'node:crypto';
import { isDuplicateKeyError } from '@icn/platform';
import type { Connection, mongo } from 'mongoose';

interface VersionDocument {
  _id: string;
  token: string;
  changedAt: Date;
}

const COLLECTION = 'subscription_set_version';
const ID = 'subscriptions';

/**
 * A token that changes whenever any subscription does, on every replica: the matcher keeps the
 * live subscriptions in memory and re-reads them only when the token moved. Reading it is one
 * `_id` lookup; reading the subscriptions is a scan of the collection (tens of milliseconds on
 * FerretDB for every opportunity event, measured).
 *
 * A random token rather than a counter: FerretDB updates are not atomic, so two replicas bumping
 * a counter could lose one increment and leave it equal to what a reader cached. Two random
 * tokens written concurrently both differ from anything read before either write.
 */
export class SubscriptionSetVersion {
  private readonly collection: mongo.Collection<VersionDocument>;

  constructor(connection: Connection) {
    this.collection = connection.collection<VersionDocument>(COLLECTION) as unknown as mongo.Collection<VersionDocument>;
  }

  async current(): Promise<string | undefined> {
    return (await this.collection.findOne({ _id: ID }))?.token;
  }

  /** Call after the subscription write is stored, so a reader that sees the new token sees the change. */
  async bump(): Promise<void> {
    const update = { $set: { token: randomUUID(), changedAt: new Date() } };
    try {
      await this.collection.updateOne({ _id: ID }, update, { upsert: true });
    } catch (error) {
      // Two first-ever upserts raced to insert the document: it exists now, so update it.
      if (!isDuplicateKeyError(error)) throw error;
      await this.collection.updateOne({ _id: ID }, update);
    }
  }
}
