import { type FormEvent, useState } from 'react';
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

type Contact = NonNullable<Organisation['contacts']>[number];

/** A contact's four fields, for adding one and for changing one. */
function ContactFields({ defaults, error }: { defaults?: Contact; error: unknown }) {
  return (
    <>
      <TextField label={t('members.contact.name')} name="name" required maxLength={120} autoComplete="off" defaultValue={defaults?.name} error={error} />
      <TextField label={t('members.contact.email')} name="email" type="email" required autoComplete="off" defaultValue={defaults?.email} error={error} />
      <TextField label={t('members.contact.role')} name="role" maxLength={120} autoComplete="off" defaultValue={defaults?.role} error={error} />
      <TextField label={t('members.contact.phone')} name="phone" type="tel" maxLength={40} autoComplete="off" defaultValue={defaults?.phone} error={error} />
    </>
  );
}

/** PATCH of one contact: every field sent, an emptied role or phone as null (cleared). */
function ContactEditor({ organisationId, contact, onDone }: { organisationId: string; contact: Contact; onDone: (saved: Contact | undefined) => void }) {
  const save = useAction();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const body = { name: textOf(data, 'name'), email: textOf(data, 'email'), role: optionalTextOf(data, 'role') ?? null, phone: optionalTextOf(data, 'phone') ?? null };
    const { contactId } = contact;
    const result = await save.run(() => expectOk(api.membership.PATCH('/organisations/{organisationId}/contacts/{contactId}', { params: { path: { organisationId, contactId } }, body })));
    if (result.ok) onDone(result.value);
  };
  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="contact-edit-title">
      <h3 id="contact-edit-title">{t('members.contacts.editTitle', { name: contact.name })}</h3>
      <ContactFields defaults={contact} error={save.error} />
      <FormError error={save.error} fields={CONTACT_FIELDS} />
      <div className="page-actions">
        <button type="submit" className="primary" disabled={save.pending}>
          {t('members.contacts.save')}
        </button>
        <button type="button" onClick={() => onDone(undefined)}>
          {t('members.contacts.cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * The organisation's contact persons. They are personal data: the service sends them only to
 * readers of the organisation's own cluster (and the secretariat), so for anyone else the list is
 * absent rather than empty. A left organisation keeps its list but takes no changes.
 */
export function OrganisationContacts({ organisation, canManage, onChanged }: ContactsProps) {
  const { organisationId, contacts } = organisation;
  const add = useAction();
  const remove = useAction();
  const [editing, setEditing] = useState<string | undefined>();
  const editable = canManage && organisation.status !== 'left';
  const contactBeingEdited = contacts?.find((contact) => contact.contactId === editing);

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
                      <div className="page-actions">
                        <button type="button" aria-expanded={editing === contact.contactId} onClick={() => setEditing(contact.contactId)}>
                          {t('members.contacts.edit')}
                          <span className="visually-hidden"> {contact.name}</span>
                        </button>
                        <button type="button" className="danger" disabled={remove.pending} onClick={() => void removeContact(contact.contactId, contact.name)}>
                          {t('members.contacts.remove')}
                          <span className="visually-hidden"> {contact.name}</span>
                        </button>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <FormError error={remove.error} fields={[]} />
      {editable && contactBeingEdited !== undefined && (
        <ContactEditor
          key={contactBeingEdited.contactId}
          organisationId={organisationId}
          contact={contactBeingEdited}
          onDone={(saved) => {
            setEditing(undefined);
            if (saved !== undefined) onChanged(t('members.contacts.saved', { name: saved.name }));
          }}
        />
      )}
      {editable && (
        <form className="stack" onSubmit={(event) => void submitAdd(event)} noValidate>
          <h3>{t('members.contacts.addTitle')}</h3>
          <ContactFields error={add.error} />
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
