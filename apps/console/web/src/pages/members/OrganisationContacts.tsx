import type { FormEvent } from 'react';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { optionalTextOf, textOf } from '../../components/form-values';
import { FormError, TextField } from '../../components/FormField';
import { useAction } from '../../components/use-action';
import { t } from '../../i18n/catalogue';
import type { Organisation } from './OrganisationDetail';

interface ContactsProps {
  organisation: Organisation;
  canManage: boolean;
  onChanged: (announcement: string) => void;
}

const CONTACT_FIELDS = ['name', 'email', 'role', 'phone'];

/**
 * The organisation's contact persons. They are personal data: the service sends them only to
 * readers of the organisation's own cluster (and the secretariat), so for anyone else the list is
 * absent rather than empty. A left organisation keeps its list but takes no changes.
 */
export function OrganisationContacts({ organisation, canManage, onChanged }: ContactsProps) {
  const { organisationId, contacts } = organisation;
  const add = useAction();
  const remove = useAction();
  const editable = canManage && organisation.status !== 'left';

  const submitAdd = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const role = optionalTextOf(data, 'role');
    const phone = optionalTextOf(data, 'phone');
    const body = { name: textOf(data, 'name'), email: textOf(data, 'email'), ...(role !== undefined && { role }), ...(phone !== undefined && { phone }) };
    const result = await add.run(() => expectOk(api.membership.POST('/organisations/{organisationId}/contacts', { params: { path: { organisationId } }, body })));
    if (result.ok) {
      form.reset();
      onChanged(t('members.contacts.added', { name: result.value.name }));
    }
  };
  const removeContact = async (contactId: string, name: string) => {
    const result = await remove.run(() => expectOk(api.membership.DELETE('/organisations/{organisationId}/contacts/{contactId}', { params: { path: { organisationId, contactId } } })));
    if (result.ok) onChanged(t('members.contacts.removed', { name }));
  };

  return (
    <section aria-labelledby="organisation-contacts">
      <h2 id="organisation-contacts">{t('members.contacts.title')}</h2>
      {contacts === undefined ? (
        <p>{t('members.contacts.hidden')}</p>
      ) : contacts.length === 0 ? (
        <p>{t('members.contacts.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t('members.contacts.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('members.contact.name')}</th>
                <th scope="col">{t('members.contact.role')}</th>
                <th scope="col">{t('members.contact.email')}</th>
                <th scope="col">{t('members.contact.phone')}</th>
                {editable && <th scope="col">{t('members.contacts.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {contacts.map((contact) => (
                <tr key={contact.contactId}>
                  <th scope="row">{contact.name}</th>
                  <td>{contact.role ?? ''}</td>
                  <td>
                    <a href={`mailto:${contact.email}`}>{contact.email}</a>
                  </td>
                  <td>{contact.phone ?? ''}</td>
                  {editable && (
                    <td>
                      <button type="button" className="danger" disabled={remove.pending} onClick={() => void removeContact(contact.contactId, contact.name)}>
                        {t('members.contacts.remove')}
                        <span className="visually-hidden"> {contact.name}</span>
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <FormError error={remove.error} fields={[]} />
      {editable && (
        <form className="stack" onSubmit={(event) => void submitAdd(event)} noValidate>
          <h3>{t('members.contacts.addTitle')}</h3>
          <TextField label={t('members.contact.name')} name="name" required maxLength={120} autoComplete="off" error={add.error} />
          <TextField label={t('members.contact.email')} name="email" type="email" required autoComplete="off" error={add.error} />
          <TextField label={t('members.contact.role')} name="role" maxLength={120} autoComplete="off" error={add.error} />
          <TextField label={t('members.contact.phone')} name="phone" type="tel" maxLength={40} autoComplete="off" error={add.error} />
          <FormError error={add.error} fields={CONTACT_FIELDS} />
          <div>
            <button type="submit" className="primary" disabled={add.pending}>
              {t('members.contacts.add')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
