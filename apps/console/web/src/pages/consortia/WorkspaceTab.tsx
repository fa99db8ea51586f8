import type { FormEvent } from 'react';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { oneOf } from '../../api/vocabulary';
import { textOf } from '../../components/form-values';
import { FormError, SelectField, TextField } from '../../components/FormField';
import { StatusBadge } from '../../components/StatusBadge';
import { useAction } from '../../components/use-action';
import { format, t } from '../../i18n/catalogue';
import { BudgetPanel } from './BudgetPanel';
import { memberName, type ConsortiumPartProps } from './consortium-part';
import type { ApplicationSection, Consortium } from './consortium-types';
import { SECTION_STATUSES, sectionStatusLabel, sectionStatusOptions } from './consortium-vocabulary';

function ownerOptions(consortium: Consortium) {
  return consortium.members.map((member) => ({ value: member.organisationId, label: member.organisationName }));
}

/**
 * One section: the coordinator side plans it (title, owner, due date) and anyone who may sets its
 * status; its owner's side may only set the status. Only what changed is sent, because a change of
 * plan is the coordinator's alone and the service refuses it from the owner.
 */
function SectionCard({ consortium, section, permissions, onChange }: ConsortiumPartProps & { section: ApplicationSection }) {
  const action = useAction();
  const { consortiumId } = consortium;
  const canPlan = permissions.planSections;
  const canSetStatus = permissions.setSectionStatus(section.ownerOrganisationId);
  const headingId = `section-${section.key}`;

  const update = async (patch: { title?: string; ownerOrganisationId?: string; dueDate?: string; status?: ApplicationSection['status'] }) => {
    const result = await action.run(() =>
      expectOk(api.consortia.PATCH('/consortia/{consortiumId}/sections/{key}', { params: { path: { consortiumId, key: section.key } }, body: patch })),
    );
    if (result.ok) onChange(result.value);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const status = textOf(data, 'status');
    const patch = {
      ...(canPlan && textOf(data, 'title') !== section.title && { title: textOf(data, 'title') }),
      ...(canPlan && textOf(data, 'ownerOrganisationId') !== section.ownerOrganisationId && { ownerOrganisationId: textOf(data, 'ownerOrganisationId') }),
      ...(canPlan && textOf(data, 'dueDate') !== section.dueDate && { dueDate: textOf(data, 'dueDate') }),
      ...(oneOf(SECTION_STATUSES, status) && status !== section.status && { status }),
    };
    void update(patch);
  };

  return (
    <li className="card">
      <h3 id={headingId}>{section.title}</h3>
      <p className="meta">
        <StatusBadge status={section.status} label={sectionStatusLabel(section.status)} />{' '}
        {t('consortia.sections.summary', { owner: memberName(consortium, section.ownerOrganisationId), dueDate: format.date(section.dueDate) })}
      </p>
      {canSetStatus && section.status !== 'done' && (
        <button type="button" disabled={action.pending} onClick={() => void update({ status: 'done' })} aria-label={t('consortia.sections.markDoneLabel', { title: section.title })}>
          {t('consortia.sections.markDone')}
        </button>
      )}
      {(canPlan || canSetStatus) && (
        <form key={consortium.version} className="stack" aria-labelledby={headingId} onSubmit={submit} noValidate>
          {canPlan && (
            <>
              <TextField label={t('consortia.sections.sectionTitle')} name="title" defaultValue={section.title} error={action.error} required maxLength={200} />
              <SelectField label={t('consortia.sections.owner')} name="ownerOrganisationId" defaultValue={section.ownerOrganisationId} options={ownerOptions(consortium)} error={action.error} />
              <TextField label={t('consortia.sections.dueDate')} name="dueDate" type="date" defaultValue={section.dueDate} error={action.error} required />
            </>
          )}
          <SelectField label={t('consortia.sections.status')} name="status" defaultValue={section.status} options={sectionStatusOptions} error={action.error} />
          <FormError error={action.error} fields={['title', 'ownerOrganisationId', 'dueDate', 'status']} />
          <div>
            <button type="submit" disabled={action.pending} aria-label={t('consortia.sections.saveLabel', { title: section.title })}>
              {t('consortia.sections.save')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}

function AddSectionForm({ consortium, onChange }: Pick<ConsortiumPartProps, 'consortium' | 'onChange'>) {
  const action = useAction();
  const { consortiumId } = consortium;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const body = { key: textOf(data, 'key'), title: textOf(data, 'title'), ownerOrganisationId: textOf(data, 'ownerOrganisationId'), dueDate: textOf(data, 'dueDate') };
    const result = await action.run(() => expectOk(api.consortia.POST('/consortia/{consortiumId}/sections', { params: { path: { consortiumId } }, body })));
    if (result.ok) {
      form.reset();
      onChange(result.value);
    }
  };
  return (
    <section aria-labelledby="consortium-add-section">
      <h3 id="consortium-add-section">{t('consortia.sections.addTitle')}</h3>
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <TextField label={t('consortia.sections.key')} name="key" hint={t('consortia.sections.keyHint')} error={action.error} required maxLength={40} />
        <TextField label={t('consortia.sections.sectionTitle')} name="title" error={action.error} required maxLength={200} />
        <SelectField label={t('consortia.sections.owner')} name="ownerOrganisationId" options={ownerOptions(consortium)} error={action.error} />
        <TextField label={t('consortia.sections.dueDate')} name="dueDate" type="date" error={action.error} required />
        <FormError error={action.error} fields={['key', 'title', 'ownerOrganisationId', 'dueDate']} />
        <div>
          <button type="submit" className="primary" disabled={action.pending}>
            {t('consortia.sections.add')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** The application workspace: its sections (owners, due dates, status) and the budget per member. */
export function WorkspaceTab(props: ConsortiumPartProps) {
  const { consortium, permissions } = props;
  return (
    <>
      <section aria-labelledby="consortium-sections">
        <h2 id="consortium-sections">{t('consortia.sections.title')}</h2>
        <p>{t('consortia.sections.intro')}</p>
        <ul className="cards">
          {consortium.sections.map((section) => (
            <SectionCard key={section.key} {...props} section={section} />
          ))}
        </ul>
        {permissions.planSections && <AddSectionForm consortium={consortium} onChange={props.onChange} />}
      </section>
      <BudgetPanel {...props} />
    </>
  );
}
