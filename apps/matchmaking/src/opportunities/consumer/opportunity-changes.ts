import { Injectable } from '@nestjs/common';
import { AppliedChanges } from '../../projection-changes/applied-changes';
import type { MatchmakingOpportunityDocument } from '../persistence/matchmaking-opportunity.document';

/** Opportunity ids whose stored snapshot an event has just gone through (applied or stale). */
@Injectable()
export class OpportunityChanges extends AppliedChanges<MatchmakingOpportunityDocument> {}
