import { TextField } from '../../components/FormField';
import { t } from '../../i18n/catalogue';
import { MEMBER_COUNT_KEYS, type MemberCounts } from './member-counts';

/** The member counts a cluster reports per helix type, as four number inputs under one legend. */
export function MemberCountFields({ defaults, error }: { defaults?: MemberCounts; error: unknown }) {
  return (
    <fieldset className="field">
      <legend>{t('members.cluster.memberCounts')}</legend>
      <div className="grid-2">
        {MEMBER_COUNT_KEYS.map((key) => (
          <TextField key={key} label={t(`members.cluster.count.${key}`)} name={`memberCounts.${key}`} type="number" min={0} defaultValue={defaults?.[key] ?? 0} error={error} />
        ))}
      </div>
    </fieldset>
  );
}
