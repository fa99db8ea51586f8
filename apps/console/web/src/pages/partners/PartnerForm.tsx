import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api, type NetworkSchemas } from '../../api/clients';
import { ErrorMessage } from '../../components/ErrorMessage';
import { optionalTextOf, textOf } from '../../components/form-values';
import { FormError, TextArea, TextField } from '../../components/FormField';
import { PageHeader } from '../../components/PageHeader';
import { useAction } from '../../components/use-action';
import { useAsync } from '../../components/use-async';
import { t } from '../../i18n/catalogue';
import type { Partner } from './labels';
import { PartnersNav } from './PartnersNav';

type PartnerBody = NetworkSchemas['schemas']['PartnerDto'];

const FIELDS = ['name', 'description', 'website', 'country'];

/** Registers a partner (POST /partners) or, at /partners/:partnerId/edit, replaces its description (PUT). */
export function PartnerForm() {
  const { partnerId } = useParams();
  const existing = useAsync<Partner | undefined>(
    () => (partnerId === undefined ? Promise.resolve(undefined) : expectOk(api.network.GET('/partners/{partnerId}', { params: { path: { partnerId } } }))),
    partnerId ?? '',
  );
  if (existing.status === 'loading') return <p aria-live="polite">{t('app.loading')}</p>;
  if (existing.status === 'failed') {
    return (
      <>
        <PageHeader title={t('partners.nav.registerPartner')} />
        <PartnersNav />
        <ErrorMessage error={existing.error} onRetry={existing.reload} />
      </>
    );
  }
  return <PartnerFields key={partnerId ?? 'new'} partner={existing.data} />;
}

function PartnerFields({ partner }: { partner: Partner | undefined }) {
  const navigate = useNavigate();
  const action = useAction();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const description = optionalTextOf(data, 'description');
    const website = optionalTextOf(data, 'website');
    const country = optionalTextOf(data, 'country');
    const body: PartnerBody = {
      name: textOf(data, 'name'),
      ...(description !== undefined && { description }),
      ...(website !== undefined && { website }),
      ...(country !== undefined && { country: country.toUpperCase() }),
    };
    const result = await action.run(() =>
      expectOk(partner === undefined ? api.network.POST('/partners', { body }) : api.network.PUT('/partners/{partnerId}', { params: { path: { partnerId: partner.partnerId } }, body })),
    );
    if (result.ok) await navigate('/partners');
  };
  return (
    <>
      <PageHeader title={partner === undefined ? t('partners.form.registerTitle') : t('partners.form.editTitle', { name: partner.name })} />
      <PartnersNav />
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <TextField label={t('partners.field.name')} name="name" required maxLength={200} defaultValue={partner?.name} error={action.error} />
        <TextArea label={t('partners.field.description')} name="description" maxLength={4000} defaultValue={partner?.description} error={action.error} />
        <TextField label={t('partners.field.website')} name="website" type="url" hint={t('partners.form.websiteHint')} defaultValue={partner?.website} error={action.error} />
        <TextField label={t('partners.field.country')} name="country" maxLength={2} hint={t('partners.form.countryHint')} defaultValue={partner?.country} error={action.error} />
        <FormError error={action.error} fields={FIELDS} />
        <div className="page-actions">
          <button type="submit" className="primary" disabled={action.pending}>
            {partner === undefined ? t('partners.form.register') : t('partners.form.save')}
          </button>
          <Link to="/partners">{t('form.cancel')}</Link>
        </div>
      </form>
    </>
  );
}
