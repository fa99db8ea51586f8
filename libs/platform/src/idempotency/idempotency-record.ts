/** A document of the `idempotency_keys` collection. */
export interface IdempotencyRecord {
  /** idempotencyRecordId(caller, method, route, key): the unique _id is the lock. */
  _id: string;
  requestHash: string;
  state: 'in-progress' | 'completed';
  /** Random per attempt, so a request whose lock was taken over cannot complete or release it. */
  lockToken: string;
  responseStatus?: number;
  /**
   * The handler's result as JSON text (null: no body). A string rather than a subdocument because
   * response keys may start with `$` or contain dots, which MongoDB field names do not allow.
   */
  responseBody?: string | null;
  createdAt: Date;
  completedAt?: Date;
  /** When cleanup may delete it. FerretDB has no TTL index, so IdempotencyCleanup does this. */
  expiresAt: Date;
}
