import { DomainValidationError } from '@icn/platform';
import type { ConsortiumGrantV1 } from '@icn/contracts';
import { isBeneficiary, type ConsortiumState } from './consortium';

/** Euros as whole cents: sums of decimals must not drift (0.1 + 0.2). */
export function toCents(amountEur: number): number {
  return Math.round(amountEur * 100);
}

export function formatEur(cents: number): string {
  return `${(cents / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} EUR`;
}

/**
 * A grant is split among the beneficiaries (coordinator and partners: the ones that sign the grant
 * agreement), each at most once, and the shares add up to the total to the cent. A beneficiary may
 * get nothing (no share line); associated partners and subcontractors never get a share.
 */
export function assertValidGrantSplit(state: ConsortiumState, grant: ConsortiumGrantV1): void {
  const seen = new Set<string>();
  for (const [index, share] of grant.shares.entries()) {
    const member = state.members.find((candidate) => candidate.organisationId === share.organisationId);
    if (member === undefined) throw new DomainValidationError(`shares.${index}.organisationId`, `${share.organisationId} is not a member of the consortium`);
    if (!isBeneficiary(member)) throw new DomainValidationError(`shares.${index}.organisationId`, `${member.organisationName} is ${member.role}, only the coordinator and partners receive a share`);
    if (seen.has(share.organisationId)) throw new DomainValidationError(`shares.${index}.organisationId`, `${member.organisationName} has more than one share`);
    seen.add(share.organisationId);
  }
  const total = toCents(grant.totalEur);
  const sum = grant.shares.reduce((cents, share) => cents + toCents(share.amountEur), 0);
  if (sum !== total) throw new DomainValidationError('shares', `add up to ${formatEur(sum)}, not the total ${formatEur(total)}`);
}
