import { type FormEvent, useState } from 'react';
import { ApiError, expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { oneOf } from '../../api/vocabulary';
import { useUser } from '../../app/session';
import { optionalTextOf, textOf } from '../../components/form-values';
import { FormError, SelectField, TextArea } from '../../components/FormField';
import { useAction } from '../../components/use-action';
import { t } from '../../i18n/catalogue';
import type { Programme } from '../partners/labels';
import { answerField, answersOf, placedOnAnswers } from './answer-fields';
import { AnswerFields } from './AnswerFields';
import { APPLICATION_OUTCOMES, EDITABLE, isApplicantSide, isEndorsingSide, outcomeOptions, type ProgrammeApplication, WITHDRAWABLE } from './labels';

interface ActionsProps {
  application: ProgrammeApplication;
  onChanged: (announcement: string) => void;
}

/**
 * The steps left, for the side that may take them (application-lifecycle.ts in the network service):
 * the applicant changes the answers of a draft or returned application and submits it, and withdraws
 * it until it is forwarded; the cluster manager endorses or returns a submitted one; the secretariat
 * forwards an endorsed one and records the partner's answer. A refused step shows the service's reason.
 */
export function ApplicationActions({ application, programme, onChanged }: ActionsProps & { programme: Programme }) {
  const user = useUser();
  const applicant = isApplicantSide(user, application);
  const endorsing = isEndorsingSide(user, application) && application.status === 'submitted';
  const secretariat = user.role === 'network-admin' && (application.status === 'endorsed' || application.status === 'forwarded');
  const editable = applicant && EDITABLE.includes(application.status);
  const withdrawable = applicant && WITHDRAWABLE.includes(application.status);
  if (!editable && !withdrawable && !endorsing && !secretariat) return null;
  return (
    <section aria-labelledby="application-actions">
      <h2 id="application-actions">{t('applications.actions.title')}</h2>
      {editable && <AnswersForm application={application} programme={programme} onChanged={onChanged} />}
      {endorsing && (
        <>
          <CommentStep step="endorse" application={application} onChanged={onChanged} />
          <CommentStep step="return" application={application} onChanged={onChanged} />
        </>
      )}
      {secretariat && application.status === 'endorsed' && <CommentStep step="forward" application={application} onChanged={onChanged} />}
      {secretariat && application.status === 'forwarded' && <OutcomeForm application={application} onChanged={onChanged} />}
      {withdrawable && <WithdrawForm application={application} onChanged={onChanged} />}
    </section>
  );
}

/** Saves the answers typed; "submit" saves them first, so nothing typed is lost, then submits. */
function AnswersForm({ application, programme, onChanged }: ActionsProps & { programme: Programme }) {
  const action = useAction();
  const [sentKeys, setSentKeys] = useState<readonly string[]>([]);
  const keys = programme.requirements.map((requirement) => requirement.key);
  const error = placedOnAnswers(action.error, sentKeys);
  const path = { params: { path: { applicationId: application.applicationId } } };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const intent = (event.nativeEvent as SubmitEvent).submitter?.getAttribute('value');
    const answers = answersOf(new FormData(event.currentTarget), keys);
    const changed = answers.some((answer) => application.answers.find((given) => given.requirementKey === answer.requirementKey)?.text !== answer.text);
    setSentKeys(answers.map((answer) => answer.requirementKey));
    const result = await action.run(async () => {
      if (changed) await expectOk(api.network.PUT('/applications/{applicationId}/answers', { ...path, body: { answers } }));
      if (intent === 'submit') await expectOk(api.network.POST('/applications/{applicationId}/submit', path));
      return changed;
    });
    if (!result.ok) return;
    onChanged(intent === 'submit' ? t('applications.submit.done') : result.value ? t('applications.edit.done') : t('applications.edit.unchanged'));
  };

  return (
    <form className="stack" aria-labelledby="application-edit" onSubmit={(event) => void submit(event)} noValidate>
      <h3 id="application-edit">{t('applications.edit.title')}</h3>
      <AnswerFields programme={programme} answers={application.answers} error={error} />
      <FormError error={error} fields={['answers', ...keys.map(answerField)]} />
      <p className="hint">{t('applications.submit.hint')}</p>
      <div className="page-actions">
        <button type="submit" name="intent" value="save" disabled={action.pending}>
          {t('applications.edit.save')}
        </button>
        <button type="submit" name="intent" value="submit" className="primary" disabled={action.pending}>
          {t('applications.submit.submit')}
        </button>
      </div>
    </form>
  );
}

type CommentStepName = 'endorse' | 'return' | 'forward';

/** Endorse (comment optional), return (comment required: what to change) or forward (note optional). */
function CommentStep({ step, application, onChanged }: ActionsProps & { step: CommentStepName }) {
  const action = useAction();
  const headingId = `application-${step}`;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const path = { params: { path: { applicationId: application.applicationId } } };
    const comment = optionalTextOf(data, 'comment');
    const body = comment === undefined ? {} : { comment };
    const result = await action.run(() =>
      expectOk(
        step === 'return'
          ? api.network.POST('/applications/{applicationId}/return', { ...path, body: { comment: textOf(data, 'comment') } })
          : api.network.POST(step === 'endorse' ? '/applications/{applicationId}/endorse' : '/applications/{applicationId}/forward', { ...path, body }),
      ),
    );
    if (result.ok) onChanged(t(`applications.${step}.done`));
  };
  return (
    <form className="stack" aria-labelledby={headingId} onSubmit={(event) => void submit(event)} noValidate>
      <h3 id={headingId}>{t(`applications.${step}.title`)}</h3>
      <TextArea
        label={t(`applications.${step}.comment`)}
        name="comment"
        required={step === 'return'}
        maxLength={4000}
        hint={step === 'return' ? t('applications.return.hint') : undefined}
        error={action.error}
      />
      <FormError error={action.error} fields={['comment']} />
      <div>
        <button type="submit" className={step === 'return' ? undefined : 'primary'} disabled={action.pending}>
          {t(`applications.${step}.submit`)}
        </button>
      </div>
    </form>
  );
}

function OutcomeForm({ application, onChanged }: ActionsProps) {
  const action = useAction();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const chosen = textOf(data, 'outcome');
    const note = optionalTextOf(data, 'note');
    const result = await action.run(() => {
      // The select offers only the service's outcomes; with none chosen there is nothing to send.
      if (!oneOf(APPLICATION_OUTCOMES, chosen)) throw new ApiError(400, t('form.errorSummary'), [{ field: 'outcome', reason: t('applications.outcome.required') }]);
      return expectOk(
        api.network.POST('/applications/{applicationId}/outcome', {
          params: { path: { applicationId: application.applicationId } },
          body: { outcome: chosen, ...(note !== undefined && { note }) },
        }),
      );
    });
    if (result.ok) onChanged(t('applications.outcome.done'));
  };
  return (
    <form className="stack" aria-labelledby="application-outcome" onSubmit={(event) => void submit(event)} noValidate>
      <h3 id="application-outcome">{t('applications.outcome.title')}</h3>
      <SelectField
        label={t('applications.outcome.outcome')}
        name="outcome"
        required
        options={[{ value: '', label: t('applications.outcome.choose') }, ...outcomeOptions]}
        error={action.error}
      />
      <TextArea label={t('applications.outcome.note')} name="note" maxLength={4000} error={action.error} />
      <FormError error={action.error} fields={['outcome', 'note']} />
      <div>
        <button type="submit" className="primary" disabled={action.pending}>
          {t('applications.outcome.submit')}
        </button>
      </div>
    </form>
  );
}

function WithdrawForm({ application, onChanged }: ActionsProps) {
  const action = useAction();
  const [confirming, setConfirming] = useState(false);
  const withdraw = async () => {
    const result = await action.run(() => expectOk(api.network.POST('/applications/{applicationId}/withdraw', { params: { path: { applicationId: application.applicationId } } })));
    if (result.ok) onChanged(t('applications.withdraw.done'));
  };
  return (
    <div className="stack">
      <h3>{t('applications.withdraw.title')}</h3>
      <FormError error={action.error} fields={[]} />
      <div className="page-actions">
        {confirming ? (
          <>
            <button type="button" className="danger" disabled={action.pending} onClick={() => void withdraw()}>
              {t('applications.withdraw.confirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('form.cancel')}
            </button>
          </>
        ) : (
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            {t('applications.withdraw.open')}
          </button>
        )}
      </div>
    </div>
  );
}
