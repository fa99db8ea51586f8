import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { useUser } from '../../app/session';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { FormError, SelectField, TextField } from '../../components/FormField';
import { useAction } from '../../components/use-action';
import { useAsync } from '../../components/use-async';
import { t } from '../../i18n/catalogue';
import { useClusters } from '../members/use-clusters';
import { helixTypeOptions, sectorOptions, subscribableTypeOptions } from '../opportunities/vocabulary';
import { EmailChannelFields } from './EmailChannelFields';
import { EMAIL_FIELDS } from './email-channel-values';
import { createBodyOf, FILTER_FIELDS, subscriberOf, updateBodyOf, type Subscription } from './subscription-form-values';

/** Organisations offered as subscribers: one page of the largest size (clusters have far fewer members). */
const ORGANISATIONS_SHOWN = 100;

// Not 'subscriber' itself (the secretariat must name one) nor the calendar switch: their reasons show above the button.
const FIELDS = ['name', 'subscriber.clusterId', 'subscriber.organisationId', ...FILTER_FIELDS, 'channels.webhook.url', ...EMAIL_FIELDS];

/** A manager subscribes the cluster or one of its organisations; the secretariat any cluster or organisation. */
function SubscriberFields({ error, onOrganisationChange }: { error: unknown; onOrganisationChange: (organisationId: string | undefined) => void }) {
  const user = useUser();
  const clusters = useClusters();
  const [clusterId, setClusterId] = useState(user.role === 'network-admin' ? '' : (user.clusterId ?? ''));
  const organisations = useAsync(
    async () =>
      clusterId === ''
        ? []
        : (await expectOk(api.membership.GET('/organisations', { params: { query: { clusterId, status: 'active', limit: ORGANISATIONS_SHOWN } } }))).items,
    clusterId,
  );
  if (user.role === 'member') return <p>{t('subscriptions.form.forOwnOrganisation')}</p>;
  const organisationOptions = organisations.status === 'done' ? organisations.data.map((organisation) => ({ value: organisation.organisationId, label: organisation.name })) : [];
  return (
    <fieldset className="field">
      <legend>{t('subscriptions.field.subscriber')}</legend>
      {user.role === 'network-admin' && (
        <SelectField
          label={t('subscriptions.field.subscriberCluster')}
          name="subscriber.clusterId"
          required
          value={clusterId}
          onChange={(event) => {
            setClusterId(event.target.value);
            onOrganisationChange(undefined);
          }}
          options={[
            { value: '', label: t('subscriptions.form.chooseCluster') },
            ...(clusters.status === 'done' ? clusters.data.map((cluster) => ({ value: cluster.clusterId, label: cluster.name })) : []),
          ]}
          error={error}
        />
      )}
      <SelectField
        label={t('subscriptions.field.subscriberOrganisation')}
        name="subscriber.organisationId"
        hint={t('subscriptions.field.subscriberOrganisationHint')}
        onChange={(event) => onOrganisationChange(event.target.value === '' ? undefined : event.target.value)}
        options={[{ value: '', label: t('subscriptions.form.wholeCluster') }, ...organisationOptions]}
        error={error}
      />
    </fieldset>
  );
}

interface SubscriptionFormProps {
  subscription?: Subscription;
  /** The service's answer: the subscription, with the webhook secret or calendar address when just created. */
  onSaved: (saved: Subscription) => void;
}

/** POST /subscriptions or PATCH /subscriptions/:id: name, whose it is (on creation), filters, channels. */
export function SubscriptionForm({ subscription, onSaved }: SubscriptionFormProps) {
  const user = useUser();
  const clusters = useClusters();
  const action = useAction();
  const filters = subscription?.filters;
  // Whose contacts the e-mail channel offers: the stored subscriber's, a member's own organisation's, or the one being chosen.
  const [organisationId, setOrganisationId] = useState(subscription !== undefined ? subscription.subscriber.organisationId : user.role === 'member' ? user.organisationId : undefined);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const result =
      subscription === undefined
        ? await action.run(() => expectOk(api.opportunities.POST('/subscriptions', { body: createBodyOf(data, subscriberOf(data, user.clusterId)) })))
        : await action.run(() =>
            expectOk(api.opportunities.PATCH('/subscriptions/{subscriptionId}', { params: { path: { subscriptionId: subscription.subscriptionId } }, body: updateBodyOf(data, subscription) })),
          );
    if (result.ok) onSaved(result.value);
  };

  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
      <TextField label={t('subscriptions.field.name')} name="name" required maxLength={200} defaultValue={subscription?.name} hint={t('subscriptions.field.nameHint')} error={action.error} />
      {subscription === undefined && <SubscriberFields error={action.error} onOrganisationChange={setOrganisationId} />}
      <fieldset className="field">
        <legend>{t('subscriptions.field.filters')}</legend>
        <p className="hint">{t('subscriptions.field.filtersHint')}</p>
        <CheckboxGroup legend={t('subscriptions.field.types')} name="filters.types" options={subscribableTypeOptions} defaultValues={filters?.types} error={action.error} />
        <CheckboxGroup legend={t('subscriptions.field.sectors')} name="filters.sectors" options={sectorOptions} defaultValues={filters?.sectors} error={action.error} />
        <TextField
          label={t('subscriptions.field.keywords')}
          name="filters.keywords"
          hint={t('subscriptions.field.keywordsHint')}
          defaultValue={filters?.keywords.join(', ')}
          error={action.error}
        />
        <TextField
          label={t('subscriptions.field.technologies')}
          name="filters.technologies"
          hint={t('subscriptions.field.technologiesHint')}
          defaultValue={filters?.technologies.join(', ')}
          error={action.error}
        />
        <TextField
          label={t('subscriptions.field.countries')}
          name="filters.countries"
          hint={t('subscriptions.field.countriesHint')}
          defaultValue={filters?.countries.join(', ')}
          error={action.error}
        />
        <CheckboxGroup
          legend={t('subscriptions.field.originClusters')}
          name="filters.originClusterIds"
          options={clusters.status === 'done' ? clusters.data.map((cluster) => ({ value: cluster.clusterId, label: cluster.name })) : []}
          defaultValues={filters?.originClusterIds}
          error={action.error}
        />
        <CheckboxGroup legend={t('subscriptions.field.helixTypes')} name="filters.helixTypes" hint={t('subscriptions.field.helixTypesHint')} options={helixTypeOptions} defaultValues={filters?.helixTypes} error={action.error} />
        <div className="grid-2">
          <TextField
            label={t('subscriptions.field.minValue')}
            name="filters.minValue.amount"
            type="number"
            min={0}
            inputMode="decimal"
            hint={t('subscriptions.field.minValueHint')}
            defaultValue={filters?.minValue?.amount}
            error={action.error}
          />
          <TextField label={t('subscriptions.field.minValueCurrency')} name="filters.minValue.currency" maxLength={3} defaultValue={filters?.minValue?.currency ?? 'EUR'} error={action.error} />
          <TextField
            label={t('subscriptions.field.deadlineWithinDays')}
            name="filters.deadlineWithinDays"
            type="number"
            min={1}
            max={3650}
            defaultValue={filters?.deadlineWithinDays}
            error={action.error}
          />
          <TextField
            label={t('subscriptions.field.deadlineAtLeastDays')}
            name="filters.deadlineAtLeastDays"
            type="number"
            min={0}
            max={3650}
            defaultValue={filters?.deadlineAtLeastDays}
            error={action.error}
          />
        </div>
      </fieldset>
      <fieldset className="field">
        <legend>{t('subscriptions.field.channels')}</legend>
        <p className="hint">{t('subscriptions.field.channelsHint')}</p>
        <TextField
          label={t('subscriptions.field.webhookUrl')}
          name="channels.webhook.url"
          type="url"
          hint={subscription?.channels.webhook !== undefined ? t('subscriptions.field.webhookUrlEditHint') : t('subscriptions.field.webhookUrlHint')}
          defaultValue={subscription?.channels.webhook?.url}
          error={action.error}
        />
        <div className="field checkbox-field">
          <label>
            <input type="checkbox" name="channels.calendar" defaultChecked={subscription?.channels.calendar ?? false} />
            {t('subscriptions.field.calendar')}
          </label>
          <p className="hint">{t('subscriptions.field.calendarHint')}</p>
        </div>
        <EmailChannelFields organisationId={organisationId} current={subscription?.channels.email} error={action.error} />
      </fieldset>
      <FormError error={action.error} fields={FIELDS} />
      <div className="page-actions">
        <button type="submit" className="primary" disabled={action.pending}>
          {subscription === undefined ? t('subscriptions.form.create') : t('subscriptions.form.save')}
        </button>
        <Link className="button" to={subscription === undefined ? '/subscriptions' : `/subscriptions/${subscription.subscriptionId}`}>
          {t('form.cancel')}
        </Link>
      </div>
    </form>
  );
}
