import { useId, useState } from 'react';
import { ApiError, expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { SelectField, TextField } from '../../components/FormField';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useAsync } from '../../components/use-async';
import { t } from '../../i18n/catalogue';
import { EMAIL_CADENCES, EMAIL_SWITCH, hourLabel, weekdayName, type CurrentEmailChannel, type EmailCadence } from './email-channel-values';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The browser's own zone first offered, and every IANA zone it knows (the API checks the name). */
function timeZones(): { browserZone: string; zones: readonly string[] } {
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const zones = Intl.supportedValuesOf('timeZone');
  return { browserZone, zones: zones.includes(browserZone) ? zones : [browserZone, ...zones] };
}

/** The organisation's contacts, read through membership (a subscriber's people can read them). */
function RecipientsField({ organisationId, chosen, error }: { organisationId: string; chosen: readonly string[]; error: unknown }) {
  const organisation = useAsync(() => expectOk(api.membership.GET('/organisations/{organisationId}', { params: { path: { organisationId } } })), organisationId);
  if (organisation.status === 'loading') return <p aria-live="polite">{t('app.loading')}</p>;
  if (organisation.status === 'failed') return <ErrorMessage error={organisation.error} onRetry={organisation.reload} />;
  const contacts = organisation.data.contacts ?? [];
  if (contacts.length === 0) return <p className="hint">{t('subscriptions.email.noContacts')}</p>;
  return (
    <CheckboxGroup
      legend={t('subscriptions.email.recipients')}
      name="channels.email.recipients"
      hint={t('subscriptions.email.recipientsHint')}
      options={contacts.map((contact) => ({ value: contact.contactId, label: `${contact.name} <${contact.email}>` }))}
      defaultValues={chosen}
      error={error}
    />
  );
}

interface EmailChannelFieldsProps {
  /** The subscribing organisation; undefined while none is chosen (a cluster has no contacts to mail). */
  organisationId: string | undefined;
  current: CurrentEmailChannel | undefined;
  error: unknown;
}

/**
 * E-mail to the subscribing organisation's contacts (ADR 19): on or off, who gets it, instant or a
 * daily/weekly digest at a local hour, and the priority rule that mails at once whatever the cadence.
 */
export function EmailChannelFields({ organisationId, current, error }: EmailChannelFieldsProps) {
  const switchId = useId();
  const [on, setOn] = useState(current !== undefined);
  const [cadence, setCadence] = useState<EmailCadence>(current?.cadence ?? 'daily');
  const [{ browserZone, zones }] = useState(timeZones);
  const channelReason = error instanceof ApiError ? error.reasonFor('channels.email') : undefined;

  return (
    <fieldset className="field">
      <legend>{t('subscriptions.email.title')}</legend>
      <div className={channelReason !== undefined ? 'field checkbox-field invalid' : 'field checkbox-field'}>
        <label>
          <input
            type="checkbox"
            name={EMAIL_SWITCH}
            checked={on}
            onChange={(event) => setOn(event.target.checked)}
            aria-describedby={`${switchId}-hint${channelReason !== undefined ? ` ${switchId}-error` : ''}`}
          />
          {t('subscriptions.email.on')}
        </label>
        <p id={`${switchId}-hint`} className="hint">
          {t('subscriptions.email.onHint')}
        </p>
        {channelReason !== undefined && (
          <p id={`${switchId}-error`} className="field-error">
            {channelReason}
          </p>
        )}
      </div>
      {on && organisationId === undefined && <p className="hint">{t('subscriptions.email.needsOrganisation')}</p>}
      {on && organisationId !== undefined && (
        <>
          <RecipientsField organisationId={organisationId} chosen={current?.recipients ?? []} error={error} />
          <div className="grid-2">
            <SelectField
              label={t('subscriptions.email.cadence')}
              name="channels.email.cadence"
              value={cadence}
              onChange={(event) => setCadence(EMAIL_CADENCES.find((value) => value === event.target.value) ?? 'daily')}
              options={EMAIL_CADENCES.map((value) => ({ value, label: t(`subscriptions.email.cadence.${value}`) }))}
              error={error}
            />
            <SelectField
              label={t('subscriptions.email.timeZone')}
              name="channels.email.timeZone"
              hint={t('subscriptions.email.timeZoneHint')}
              defaultValue={current?.timeZone ?? browserZone}
              options={zones.map((zone) => ({ value: zone, label: zone }))}
              error={error}
            />
            {/* An instant channel has no digest hour to choose, but the API wants one: the stored one is kept. */}
            {cadence === 'instant' && <input type="hidden" name="channels.email.hour" value={String(current?.hour ?? 8)} />}
            {cadence !== 'instant' && (
              <SelectField
                label={t('subscriptions.email.hour')}
                name="channels.email.hour"
                defaultValue={String(current?.hour ?? 8)}
                options={HOURS.map((hour) => ({ value: String(hour), label: hourLabel(hour) }))}
                error={error}
              />
            )}
            {cadence === 'weekly' && (
              <SelectField
                label={t('subscriptions.email.weekday')}
                name="channels.email.weekday"
                defaultValue={String(current?.weekday ?? 1)}
                options={WEEKDAYS.map((weekday) => ({ value: String(weekday), label: weekdayName(weekday) }))}
                error={error}
              />
            )}
          </div>
          <fieldset className="field">
            <legend>{t('subscriptions.email.priority')}</legend>
            <p className="hint">{t('subscriptions.email.priorityHint')}</p>
            <div className="grid-2">
              <TextField
                label={t('subscriptions.email.priorityDeadline')}
                name="channels.email.priority.deadlineWithinDays"
                type="number"
                min={1}
                max={365}
                defaultValue={current?.priority?.deadlineWithinDays}
                error={error}
              />
              <TextField
                label={t('subscriptions.email.priorityScore')}
                name="channels.email.priority.recommendedMinScore"
                type="number"
                min={0}
                step="any"
                inputMode="decimal"
                defaultValue={current?.priority?.recommendedMinScore}
                error={error}
              />
            </div>
          </fieldset>
        </>
      )}
    </fieldset>
  );
}
