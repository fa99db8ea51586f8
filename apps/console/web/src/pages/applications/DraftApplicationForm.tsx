import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormError, SelectField } from '../../components/FormField';
import { PageHeader } from '../../components/PageHeader';
import { useAction } from '../../components/use-action';
import { useAsync } from '../../components/use-async';
import { format, t } from '../../i18n/catalogue';
import { answerField, answersOf, placedOnAnswers } from './answer-fields';
import { AnswerFields } from './AnswerFields';
import { ApplicationsNav } from './ApplicationsNav';

/**
 * POST /applications: a member drafts its organisation's application to a programme whose call is
 * open, with the answers it has so far. The service checks the call and the organisation's
 * eligibility (a 409 naming every unmet condition).
 */
export function DraftApplicationForm() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [programmeId, setProgrammeId] = useState(searchParams.get('programmeId') ?? '');
  const [sentKeys, setSentKeys] = useState<readonly string[]>([]);
  const action = useAction();
  const programmes = useAsync(() => expectOk(api.network.GET('/programmes', { params: { query: { open: 'true', limit: 100 } } })), 'open-programmes');
  const chosen = programmes.status === 'done' ? programmes.data.items.find((programme) => programme.programmeId === programmeId) : undefined;
  const error = placedOnAnswers(action.error, sentKeys);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const answers = chosen === undefined ? [] : answersOf(new FormData(event.currentTarget), chosen.requirements.map((requirement) => requirement.key));
    setSentKeys(answers.map((answer) => answer.requirementKey));
    const result = await action.run(() => expectOk(api.network.POST('/applications', { body: { programmeId, answers } })));
    if (result.ok) await navigate(`/applications/${result.value.applicationId}`);
  };

  return (
    <>
      <PageHeader title={t('applications.draft.title')} />
      <ApplicationsNav />
      <p>{t('applications.draft.intro')}</p>
      {programmes.status === 'loading' && <p aria-live="polite">{t('app.loading')}</p>}
      {programmes.status === 'failed' && <ErrorMessage error={programmes.error} onRetry={programmes.reload} />}
      {programmes.status === 'done' &&
        (programmes.data.items.length === 0 ? (
          <p>{t('applications.draft.noneOpen')}</p>
        ) : (
          <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
            <SelectField
              label={t('applications.draft.programme')}
              name="programmeId"
              required
              value={programmeId}
              onChange={(event) => {
                setProgrammeId(event.target.value);
                action.reset();
              }}
              options={[
                { value: '', label: t('applications.draft.chooseProgramme') },
                ...programmes.data.items.map((programme) => ({
                  value: programme.programmeId,
                  label: `${programme.title} (${programme.partnerName}, ${format.date(programme.callWindow.closesAt)})`,
                })),
              ]}
              error={error}
            />
            {chosen !== undefined && <AnswerFields key={chosen.programmeId} programme={chosen} answers={[]} error={error} />}
            <FormError error={error} fields={['programmeId', 'answers', ...(chosen?.requirements.map((requirement) => answerField(requirement.key)) ?? [])]} />
            <div>
              <button type="submit" className="primary" disabled={action.pending}>
                {t('applications.draft.submit')}
              </button>
            </div>
          </form>
        ))}
    </>
  );
}
