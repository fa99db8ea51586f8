import type {
  ApplicationSectionV1,
  BudgetLineV1,
  ConsortiumCallV1,
  ConsortiumGrantV1,
  ConsortiumInvitationV1,
  ConsortiumMemberV1,
  EligibilityRulesV1,
  GrantShareV1,
} from '@icn/contracts';
import { Schema } from 'mongoose';
import type { ConsortiumState } from '../domain/consortium';

/**
 * The consortium's snapshot (ADR 12): its state keyed by consortiumId, and two fields derived from
 * the state on every write for the queries: `audience` (who may list it) and `outcomeAt` (the
 * outcome register's year). Documents written before ADR 12 may still hold an `outbox` array;
 * nothing reads it and the next write of the consortium replaces the document without it.
 */
export interface ConsortiumDocument extends Omit<ConsortiumState, 'consortiumId'> {
  _id: string;
  audience: string[];
  outcomeAt?: string;
}

export const CONSORTIA_COLLECTION = 'consortia';

// Nested values are identified by their keys; a mongoose _id would only leak into events.
const callSchema = new Schema<ConsortiumCallV1>(
  {
    source: { type: String, required: true },
    opportunityId: String,
    programme: { type: String, required: true },
    topic: { type: String, required: true },
    deadline: { type: String, required: true },
    budgetEur: Number,
  },
  { _id: false },
);
const rulesSchema = new Schema<EligibilityRulesV1>(
  {
    minPartners: { type: Number, required: true },
    maxPartners: Number,
    minCountries: { type: Number, required: true },
    requiredHelixTypes: { type: [String], default: [] },
    minSmeSharePercent: { type: Number, required: true },
  },
  { _id: false },
);
const memberSchema = new Schema<ConsortiumMemberV1>(
  {
    organisationId: { type: String, required: true },
    organisationName: { type: String, required: true },
    clusterId: { type: String, required: true },
    country: { type: String, required: true },
    helixType: { type: String, required: true },
    companySize: String,
    role: { type: String, required: true },
    joinedAt: { type: String, required: true },
  },
  { _id: false },
);
const invitationSchema = new Schema<ConsortiumInvitationV1>(
  {
    invitationId: { type: String, required: true },
    organisationId: { type: String, required: true },
    organisationName: { type: String, required: true },
    clusterId: { type: String, required: true },
    role: { type: String, required: true },
    status: { type: String, required: true },
    invitedBy: { type: String, required: true },
    invitedAt: { type: String, required: true },
    expiresAt: { type: String, required: true },
    respondedAt: String,
  },
  { _id: false },
);
const sectionSchema = new Schema<ApplicationSectionV1>(
  {
    key: { type: String, required: true },
    title: { type: String, required: true },
    ownerOrganisationId: { type: String, required: true },
    dueDate: { type: String, required: true },
    status: { type: String, required: true },
  },
  { _id: false },
);
const budgetLineSchema = new Schema<BudgetLineV1>(
  { organisationId: { type: String, required: true }, category: { type: String, required: true }, amountEur: { type: Number, required: true } },
  { _id: false },
);
const grantShareSchema = new Schema<GrantShareV1>({ organisationId: { type: String, required: true }, amountEur: { type: Number, required: true } }, { _id: false });
const grantSchema = new Schema<ConsortiumGrantV1>({ totalEur: { type: Number, required: true }, shares: { type: [grantShareSchema], default: [] } }, { _id: false });

export const consortiumSchema = new Schema<ConsortiumDocument>(
  {
    _id: { type: String, required: true },
    title: { type: String, required: true },
    call: { type: callSchema, required: true },
    rules: { type: rulesSchema, required: true },
    status: { type: String, required: true },
    coordinatorOrganisationId: { type: String, required: true },
    members: { type: [memberSchema], default: [] },
    invitations: { type: [invitationSchema], default: [] },
    sections: { type: [sectionSchema], default: [] },
    budgetLines: { type: [budgetLineSchema], default: [] },
    grant: grantSchema,
    feedback: String,
    withdrawalReason: String,
    createdBy: { type: String, required: true },
    createdAt: { type: String, required: true },
    draftingStartedAt: String,
    submittedAt: String,
    reserveListedAt: String,
    closedAt: String,
    updatedAt: { type: String, required: true },
    audience: { type: [String], default: [] },
    outcomeAt: String,
    // The version of the commit this snapshot holds (the write path's concurrency check is the commit's claim).
    version: { type: Number, required: true },
  },
  // `version` is ours (mongoose's __v would be a second, unrelated counter); timestamps are domain facts.
  { versionKey: false, timestamps: false, collection: CONSORTIA_COLLECTION },
);

// GET /consortia as a member or cluster manager: `{audience: token}` (array contains), newest first.
consortiumSchema.index({ audience: 1, createdAt: -1 });
// GET /consortia/statistics?year=…: the year's submissions.
consortiumSchema.index({ submittedAt: 1 });
// GET /consortia/outcomes?year=…: the outcomes recorded in the year.
consortiumSchema.index({ outcomeAt: 1 });
// (FerretDB scans anyway, only `_id` equality is pushed down; on MongoDB these keep the reads cheap.)
