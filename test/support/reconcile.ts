import { isDeepStrictEqual } from 'node:util';
import type { DirectoryOrganisation } from './directory-api';
import type { OrganisationInput } from './factories';

/** What a scenario knows it caused: the organisation's latest profile and how many events it emitted. */
export interface Expectation {
  organisationId: string;
  profile: OrganisationInput;
  events: number;
}

export interface FieldMismatch {
  organisationId: string;
  field: string;
  expected: unknown;
  actual: unknown;
}

/** The outcome of comparing what was acknowledged with what matchmaking's directory holds. */
export interface Reconciliation {
  expected: number;
  delivered: number;
  /** Acknowledged but not in the directory: lost events. */
  missing: string[];
  /** In the directory but never acknowledged (nor otherwise expected). */
  unexpected: string[];
  /** appliedEvents greater than the events emitted: something was applied twice. */
  overApplied: { organisationId: string; appliedEvents: number; emitted: number }[];
  /** appliedEvents smaller than emitted: some update never arrived (or not yet). */
  underApplied: { organisationId: string; appliedEvents: number; emitted: number }[];
  mismatches: FieldMismatch[];
}

const PROFILE_FIELDS: (keyof OrganisationInput)[] = [
  'clusterId', 'name', 'helixType', 'companySize', 'country', 'city', 'website', 'description',
  'sectors', 'technologies', 'offers', 'needs', 'trl',
];

export function profileMismatches(organisationId: string, expected: OrganisationInput, actual: Partial<OrganisationInput>): FieldMismatch[] {
  return PROFILE_FIELDS.filter((field) => !isDeepStrictEqual(expected[field], actual[field])).map((field) => ({
    organisationId,
    field,
    expected: expected[field],
    actual: actual[field],
  }));
}

export function reconcile(expectations: Map<string, Expectation>, directory: DirectoryOrganisation[]): Reconciliation {
  const seen = new Map(directory.map((entry) => [entry.organisationId, entry]));
  const result: Reconciliation = {
    expected: expectations.size,
    delivered: 0,
    missing: [],
    unexpected: directory.map((entry) => entry.organisationId).filter((id) => !expectations.has(id)),
    overApplied: [],
    underApplied: [],
    mismatches: [],
  };
  for (const expectation of expectations.values()) {
    const entry = seen.get(expectation.organisationId);
    if (entry === undefined) {
      result.missing.push(expectation.organisationId);
      continue;
    }
    result.delivered += 1;
    const counts = { organisationId: entry.organisationId, appliedEvents: entry.sync.appliedEvents, emitted: expectation.events };
    if (entry.sync.appliedEvents > expectation.events) result.overApplied.push(counts);
    if (entry.sync.appliedEvents < expectation.events) result.underApplied.push(counts);
    result.mismatches.push(...profileMismatches(entry.organisationId, expectation.profile, entry));
  }
  return result;
}

/** True once every expected organisation is present with all its events applied. */
export function isComplete(reconciliation: Reconciliation): boolean {
  return reconciliation.missing.length === 0 && reconciliation.underApplied.length === 0;
}

/** A one-line summary for the test output (the figures the fault scenarios are about). */
export function summarise(label: string, figures: Record<string, number | string>): string {
  return `[e2e] ${label}: ${Object.entries(figures).map(([key, value]) => `${key}=${value}`).join(' ')}`;
}
