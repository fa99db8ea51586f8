import type { NetworkSchemas } from '../../api/clients';
import { t } from '../../i18n/catalogue';

export type Partner = NetworkSchemas['schemas']['PartnerResponse'];
export type Programme = NetworkSchemas['schemas']['ProgrammeResponse'];
export type CallPhase = Programme['callPhase'];

export const phaseLabel = (phase: CallPhase): string => t(`partners.phase.${phase}`);

/** A list of eligibility values in words, or "Any" for an empty list (an empty list does not restrict). */
export function anyOr<T>(values: readonly T[], label: (value: T) => string): string {
  return values.length === 0 ? t('partners.any') : values.map(label).join(', ');
}
