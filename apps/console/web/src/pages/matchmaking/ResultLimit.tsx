import { SelectField } from '../../components/FormField';
import { t } from '../../i18n/catalogue';

export const RESULT_LIMITS = [10, 20, 50, 100] as const;

/** How many matches to rank (the service ranks at most 100). */
export function ResultLimit({ value, onChange }: { value: number; onChange: (limit: number) => void }) {
  return (
    <SelectField
      label={t('matchmaking.limit')}
      name="limit"
      value={String(value)}
      onChange={(event) => onChange(Number(event.target.value))}
      options={RESULT_LIMITS.map((limit) => ({ value: String(limit), label: t('matchmaking.limitOption', { count: limit }) }))}
    />
  );
}
