import { type FormEvent, useState } from 'react';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { oneOf } from '../../api/vocabulary';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormError, SelectField } from '../../components/FormField';
import { ScrollRegion } from '../../components/ScrollRegion';
import { StatusBadge } from '../../components/StatusBadge';
import { useAction } from '../../components/use-action';
import { format, t } from '../../i18n/catalogue';
import { companySizeLabel, helixTypeLabel } from '../members/labels';
import type { ConsortiumPartProps } from './consortium-part';
import type { Consortium, ConsortiumInvitation, ConsortiumMember } from './consortium-types';
import { consortiumRoleLabel, INVITABLE_ROLES, invitableRoleOptions, invitationStatusLabel } from './consortium-vocabulary';
import { InviteePicker } from './InviteePicker';

type Perform = () => Promise<Consortium>;

/** Row buttons (remove, leave, accept, decline), each with the service's refusal under them. */
function RowActions({ actions, onChange }: { actions: readonly { label: string; accessibleLabel: string; perform: Perform; danger?: boolean }[]; onChange: (consortium: Consortium) => void }) {
  const action = useAction();
  if (actions.length === 0) return null;
  return (
    <>
      <div className="consortia-row-actions">
        {actions.map((entry) => (
          <button
            key={entry.label}
            type="button"
            className={entry.danger === true ? 'danger' : undefined}
            aria-label={entry.accessibleLabel}
            disabled={action.pending}
            onClick={() => void action.run(entry.perform).then((result) => result.ok && onChange(result.value))}
          >
            {entry.label}
          </button>
        ))}
      </div>
      {action.error !== undefined && <ErrorMessage error={action.error} />}
    </>
  );
}

function MembersTable({ consortium, permissions, onChange }: ConsortiumPartProps) {
  const { consortiumId } = consortium;
  const actionsFor = (member: ConsortiumMember) => [
    ...(permissions.remove(member)
      ? [
          {
            label: t('consortia.members.remove'),
            accessibleLabel: t('consortia.members.removeLabel', { name: member.organisationName }),
            danger: true,
            perform: () =>
              expectOk(api.consortia.POST('/consortia/{consortiumId}/members/{organisationId}/remove', { params: { path: { consortiumId, organisationId: member.organisationId } } })),
          },
        ]
      : []),
    ...(permissions.leave(member)
      ? [
          {
            label: t('consortia.members.leave'),
            accessibleLabel: t('consortia.members.leaveLabel', { name: member.organisationName }),
            danger: true,
            perform: () => expectOk(api.consortia.POST('/consortia/{consortiumId}/leave', { params: { path: { consortiumId } }, body: { organisationId: member.organisationId } })),
          },
        ]
      : []),
  ];
  const withActions = consortium.members.some((member) => actionsFor(member).length > 0);
  return (
    <section aria-labelledby="consortium-members">
      <h2 id="consortium-members">{t('consortia.members.title')}</h2>
      <ScrollRegion label={t('consortia.members.caption')}>
        <table>
          <caption className="visually-hidden">{t('consortia.members.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('consortia.members.organisation')}</th>
              <th scope="col">{t('consortia.members.role')}</th>
              <th scope="col">{t('consortia.members.cluster')}</th>
              <th scope="col">{t('consortia.members.country')}</th>
              <th scope="col">{t('consortia.members.type')}</th>
              <th scope="col">{t('consortia.members.joined')}</th>
              {withActions && <th scope="col">{t('consortia.members.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {consortium.members.map((member) => (
              <tr key={member.organisationId}>
                <th scope="row">{member.organisationName}</th>
                <td>{consortiumRoleLabel(member.role)}</td>
                <td>{member.clusterId}</td>
                <td>{member.country}</td>
                <td>{[helixTypeLabel(member.helixType), ...(member.companySize !== undefined ? [companySizeLabel(member.companySize)] : [])].join(', ')}</td>
                <td>{format.date(member.joinedAt)}</td>
                {withActions && (
                  <td>
                    <RowActions actions={actionsFor(member)} onChange={onChange} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}

function InvitationsTable({ consortium, permissions, onChange }: ConsortiumPartProps) {
  const { consortiumId } = consortium;
  const actionsFor = (invitation: ConsortiumInvitation) => {
    if (!permissions.answer(invitation)) return [];
    const path = { params: { path: { consortiumId, invitationId: invitation.invitationId } } };
    return [
      {
        label: t('consortia.invitations.accept'),
        accessibleLabel: t('consortia.invitations.acceptLabel', { name: invitation.organisationName }),
        perform: () => expectOk(api.consortia.POST('/consortia/{consortiumId}/invitations/{invitationId}/accept', path)),
      },
      {
        label: t('consortia.invitations.decline'),
        accessibleLabel: t('consortia.invitations.declineLabel', { name: invitation.organisationName }),
        danger: true,
        perform: () => expectOk(api.consortia.POST('/consortia/{consortiumId}/invitations/{invitationId}/decline', path)),
      },
    ];
  };
  const withActions = consortium.invitations.some((invitation) => actionsFor(invitation).length > 0);
  return (
    <section aria-labelledby="consortium-invitations">
      <h2 id="consortium-invitations">{t('consortia.invitations.title')}</h2>
      {consortium.invitations.length === 0 ? (
        <p>{t('consortia.invitations.none')}</p>
      ) : (
        <ScrollRegion label={t('consortia.invitations.caption')}>
          <table>
            <caption className="visually-hidden">{t('consortia.invitations.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('consortia.members.organisation')}</th>
                <th scope="col">{t('consortia.members.role')}</th>
                <th scope="col">{t('consortia.members.cluster')}</th>
                <th scope="col">{t('consortia.invitations.status')}</th>
                <th scope="col">{t('consortia.invitations.expires')}</th>
                {withActions && <th scope="col">{t('consortia.members.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {consortium.invitations.map((invitation) => (
                <tr key={invitation.invitationId}>
                  <th scope="row">{invitation.organisationName}</th>
                  <td>{consortiumRoleLabel(invitation.role)}</td>
                  <td>{invitation.clusterId}</td>
                  <td>
                    <StatusBadge status={invitation.status} label={invitationStatusLabel(invitation.status)} />
                  </td>
                  <td>{format.dateTime(invitation.expiresAt)}</td>
                  {withActions && (
                    <td>
                      <RowActions actions={actionsFor(invitation)} onChange={onChange} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}

function InviteForm({ consortium, onChange }: Pick<ConsortiumPartProps, 'consortium' | 'onChange'>) {
  const action = useAction();
  const [organisationId, setOrganisationId] = useState('');
  const [sent, setSent] = useState<string>();
  const { consortiumId } = consortium;
  const taken = new Set([
    ...consortium.members.map((member) => member.organisationId),
    ...consortium.invitations.filter((invitation) => invitation.status === 'pending').map((invitation) => invitation.organisationId),
  ]);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const role = new FormData(event.currentTarget).get('role');
    if (typeof role !== 'string' || !oneOf(INVITABLE_ROLES, role)) return;
    setSent(undefined);
    const result = await action.run(() => expectOk(api.consortia.POST('/consortia/{consortiumId}/invitations', { params: { path: { consortiumId } }, body: { organisationId, role } })));
    if (result.ok) {
      const invited = result.value.invitations.find((invitation) => invitation.organisationId === organisationId);
      setSent(invited?.organisationName ?? organisationId);
      setOrganisationId('');
      onChange(result.value);
    }
  };
  return (
    <section aria-labelledby="consortium-invite">
      <h2 id="consortium-invite">{t('consortia.invite.title')}</h2>
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <InviteePicker legend={t('consortia.invite.organisation')} value={organisationId} onChange={setOrganisationId} exclude={taken} error={action.error} />
        <SelectField label={t('consortia.invite.role')} name="role" options={invitableRoleOptions} defaultValue="partner" error={action.error} />
        <FormError error={action.error} fields={['organisationId', 'role']} />
        <p aria-live="polite" className="meta">
          {sent !== undefined ? t('consortia.invite.sent', { name: sent }) : ''}
        </p>
        <div>
          <button type="submit" className="primary" disabled={action.pending}>
            {t('consortia.invite.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Who is in (members and their roles), who is asked (invitations), and inviting more. */
export function PartnershipTab(props: ConsortiumPartProps) {
  return (
    <>
      <MembersTable {...props} />
      <InvitationsTable {...props} />
      {props.permissions.invite && <InviteForm consortium={props.consortium} onChange={props.onChange} />}
    </>
  );
}
