import type { FormEvent } from 'react';
import { expectOk } from '../../api/api-error';
import { api, type MatchmakingSchemas } from '../../api/clients';
import { optionalNumberOf, textOf } from '../../components/form-values';
import { FormError, TextArea, TextField } from '../../components/FormField';
import { useAction } from '../../components/use-action';
import { t } from '../../i18n/catalogue';
import type { PassportApplication } from './labels';
import { fieldsUnder, RepeatedRows, rowCountOf } from './RepeatedRows';

type Lead = MatchmakingSchemas['schemas']['LeadDto'];

function leadsOf(data: FormData): Lead[] {
  const leads: Lead[] = [];
  for (let index = 0; index < rowCountOf(data, 'leads', 'organisationName'); index++) {
    const lead = { organisationName: textOf(data, `leads.${index}.organisationName`), note: textOf(data, `leads.${index}.note`) };
    if (lead.organisationName !== '' || lead.note !== '') leads.push(lead);
  }
  return leads;
}

/** After the visit the host files its report: meetings held and the leads that came of it; the visit is then completed. */
export function VisitReportForm({ application, onDone }: { application: PassportApplication; onDone: (announcement: string) => void }) {
  const action = useAction();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const body = { meetingsHeld: optionalNumberOf(data, 'meetingsHeld') ?? 0, leads: leadsOf(data) };
    const result = await action.run(() =>
      expectOk(api.matchmaking.POST('/passport/applications/{applicationId}/complete', { params: { path: { applicationId: application.applicationId } }, body })),
    );
    if (result.ok) onDone(t('passport.report.done'));
  };
  return (
    <form className="stack" aria-labelledby="passport-report" onSubmit={(event) => void submit(event)} noValidate>
      <h3 id="passport-report">{t('passport.report.title')}</h3>
      <TextField label={t('passport.report.meetingsHeld')} name="meetingsHeld" type="number" min={0} required error={action.error} />
      <RepeatedRows legend={t('passport.report.leads')} addLabel={t('passport.report.addLead')} removeLabel={(position) => t('passport.report.removeLead', { position })}>
        {(index) => (
          <>
            <TextField label={t('passport.lead.organisationName', { position: index + 1 })} name={`leads.${index}.organisationName`} maxLength={200} error={action.error} />
            <TextArea label={t('passport.lead.note', { position: index + 1 })} name={`leads.${index}.note`} maxLength={2000} error={action.error} />
          </>
        )}
      </RepeatedRows>
      <FormError error={action.error} fields={['meetingsHeld', ...fieldsUnder(action.error, 'leads.')]} />
      <div>
        <button type="submit" className="primary" disabled={action.pending}>
          {t('passport.report.submit')}
        </button>
      </div>
    </form>
  );
}
