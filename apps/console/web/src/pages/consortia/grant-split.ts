import type { Consortium, ConsortiumMember } from './consortium-types';

/** Programmes fund the beneficiaries only: the coordinator and the partners (consortia's isBeneficiary). */
export function beneficiariesOf(consortium: Consortium): ConsortiumMember[] {
  return consortium.members.filter((member) => member.role === 'coordinator' || member.role === 'partner');
}

/** Euros as whole cents, as consortia compares them: sums of decimals must not drift (0.1 + 0.2). */
function toCents(amountEur: number): number {
  return Math.round(amountEur * 100);
}

export interface SplitCheck {
  /** The shares typed so far, in EUR. */
  allocatedEur: number;
  /** What is left to split (negative: too much split). */
  remainingEur: number;
  balanced: boolean;
}

/**
 * How far the typed shares are from the total, while the person types: the service refuses a split
 * that does not add up to the cent, so the form says so before it is sent. Blank or unreadable
 * amounts count as nothing here; the service names them if they are sent.
 */
export function checkSplit(totalEur: number, shares: readonly number[]): SplitCheck {
  const readable = (value: number) => (Number.isFinite(value) ? value : 0);
  const allocatedCents = shares.reduce((sum, share) => sum + toCents(readable(share)), 0);
  const totalCents = toCents(readable(totalEur));
  return { allocatedEur: allocatedCents / 100, remainingEur: (totalCents - allocatedCents) / 100, balanced: allocatedCents === totalCents };
}

/** A budget's total per member, in EUR (cents-exact). */
export function budgetTotalEur(amounts: readonly number[]): number {
  return amounts.reduce((sum, amount) => sum + toCents(amount), 0) / 100;
}
