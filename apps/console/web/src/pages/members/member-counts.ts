import type { MembershipSchemas } from '../../api/clients';
import { optionalNumberOf } from '../../components/form-values';

export type MemberCounts = MembershipSchemas['schemas']['HelixCountsDto'];

/** The four counts a cluster reports, as the form fields `memberCounts.<helix>` name them. */
export const MEMBER_COUNT_KEYS = ['companies', 'researchInstitutions', 'publicAuthorities', 'other'] as const satisfies readonly (keyof MemberCounts)[];

export function memberCountsOf(data: FormData): MemberCounts {
  const count = (key: keyof MemberCounts) => optionalNumberOf(data, `memberCounts.${key}`) ?? 0;
  return { companies: count('companies'), researchInstitutions: count('researchInstitutions'), publicAuthorities: count('publicAuthorities'), other: count('other') };
}
