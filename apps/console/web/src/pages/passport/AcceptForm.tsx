import type { FormEvent } from 'react';
import { expectOk } from '../../api/api-error';
import { api, type MatchmakingSchemas } from '../../api/clients';
import { textOf } from '../../components/form-values';
import { FormError, TextField } from '../../components/FormField';
import { useAction } from '../../components/use-action';
import { t } from '../../i18n/catalogue';
import type { PassportApplication } from './labels';
import { fieldsUnder, RepeatedRows, rowCountOf } from './RepeatedRows';

type KeyContact = MatchmakingSchemas['schemas']['KeyContactDto'];

function keyContactsOf(data: FormData): KeyContact[] {
  const contacts: KeyContact[] = [];
  for (let index = 0; index < rowCountOf(data, 'keyContacts', 'name'); index++) {
    const contact = { name: textOf(data, `keyContacts.${index}.name`), organisation: textOf(data, `keyContacts.${index}.organisation`), email: textOf(data, `keyContacts.${index}.email`) };
    if (contact.name !== '' || contact.organisation !== '' || contact.email !== '') contacts.push(contact);
  }
  return contacts;
}

/**
 * The host accepts, naming the local key contacts the visitor should meet. Desk hosting reserves a
 * desk on every day of the stay; a full day is a 409 that lists the days, shown above the button.
 */
export function AcceptForm({ application, onDone }: { application: PassportApplication; onDone: (announcement: string) => void }) {
  const action = useAction();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const keyContacts = keyContactsOf(new FormData(event.currentTarget));
    const result = await action.run(() =>
      expectOk(api.matchmaking.POST('/passport/applications/{applicationId}/accept', { params: { path: { applicationId: application.applicationId } }, body: { keyContacts } })),
    );
    if (result.ok) onDone(t('passport.accept.done', { name: application.organisationName }));
  };
  return (
    <form className="stack" aria-labelledby="passport-accept" onSubmit={(event) => void submit(event)} noValidate>
      <h3 id="passport-accept">{t('passport.accept.title')}</h3>
      {application.services.includes('desk-hosting') && <p className="hint">{t('passport.accept.desksHint')}</p>}
      <RepeatedRows legend={t('passport.accept.keyContacts')} addLabel={t('passport.accept.addContact')} removeLabel={(position) => t('passport.accept.removeContact', { position })}>
        {(index) => (
          <div className="grid-3">
            <TextField label={t('passport.keyContact.name', { position: index + 1 })} name={`keyContacts.${index}.name`} maxLength={200} autoComplete="off" error={action.error} />
            <TextField label={t('passport.keyContact.organisation', { position: index + 1 })} name={`keyContacts.${index}.organisation`} maxLength={200} autoComplete="off" error={action.error} />
            <TextField label={t('passport.keyContact.email', { position: index + 1 })} name={`keyContacts.${index}.email`} type="email" autoComplete="off" error={action.error} />
          </div>
        )}
      </RepeatedRows>
      <FormError error={action.error} fields={fieldsUnder(action.error, 'keyContacts.')} />
      <div>
        <button type="submit" className="primary" disabled={action.pending}>
          {t('passport.accept.submit')}
        </button>
      </div>
    </form>
  );
}
