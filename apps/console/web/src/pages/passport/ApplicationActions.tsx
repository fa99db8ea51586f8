import { type FormEvent, useState } from 'react';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { useUser } from '../../app/session';
import { optionalTextOf, textOf } from '../../components/form-values';
import { FormError, TextArea } from '../../components/FormField';
import { useAction } from '../../components/use-action';
import { t } from '../../i18n/catalogue';
import { AcceptForm } from './AcceptForm';
import type { PassportApplication } from './labels';
import { isApplicantSide, isHostSide } from './passport-sides';
import { VisitReportForm } from './VisitReportForm';

interface ActionsProps {
  application: PassportApplication;
  onChanged: (announcement: string) => void;
}

/**
 * The steps left, for the side that may take them: submitted → accept (with key contacts) or
 * decline (with a reason); accepted → schedule; scheduled → complete with the visit report; either
 * side cancels until completion. A refused step (a 409: no free desk, a changed state) shows its reason.
 */
export function ApplicationActions({ application, onChanged }: ActionsProps) {
  const user = useUser();
  const host = isHostSide(user, application);
  const applicant = isApplicantSide(user, application);
  const open = application.status === 'submitted' || application.status === 'accepted' || application.status === 'scheduled';
  if (!open || (!host && !applicant)) return null;
  return (
    <section aria-labelledby="passport-actions">
      <h2 id="passport-actions">{t('passport.actions.title')}</h2>
      {host && application.status === 'submitted' && (
        <>
          <AcceptForm application={application} onDone={onChanged} />
          <DeclineForm application={application} onChanged={onChanged} />
        </>
      )}
      {host && application.status === 'accepted' && <ScheduleButton application={application} onChanged={onChanged} />}
      {host && application.status === 'scheduled' && <VisitReportForm application={application} onDone={onChanged} />}
      <CancelForm application={application} onChanged={onChanged} />
    </section>
  );
}

function DeclineForm({ application, onChanged }: ActionsProps) {
  const action = useAction();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = textOf(new FormData(event.currentTarget), 'reason');
    const result = await action.run(() =>
      expectOk(api.matchmaking.POST('/passport/applications/{applicationId}/decline', { params: { path: { applicationId: application.applicationId } }, body: { reason } })),
    );
    if (result.ok) onChanged(t('passport.decline.done'));
  };
  return (
    <form className="stack" aria-labelledby="passport-decline" onSubmit={(event) => void submit(event)} noValidate>
      <h3 id="passport-decline">{t('passport.decline.title')}</h3>
      <TextArea label={t('passport.decline.reason')} name="reason" required maxLength={500} hint={t('passport.decline.hint')} error={action.error} />
      <FormError error={action.error} fields={['reason']} />
      <div>
        <button type="submit" className="danger" disabled={action.pending}>
          {t('passport.decline.submit')}
        </button>
      </div>
    </form>
  );
}

function ScheduleButton({ application, onChanged }: ActionsProps) {
  const action = useAction();
  const schedule = async () => {
    const result = await action.run(() => expectOk(api.matchmaking.POST('/passport/applications/{applicationId}/schedule', { params: { path: { applicationId: application.applicationId } } })));
    if (result.ok) onChanged(t('passport.schedule.done'));
  };
  return (
    <div className="stack">
      <h3>{t('passport.schedule.title')}</h3>
      <p className="hint">{t('passport.schedule.hint')}</p>
      <FormError error={action.error} fields={[]} />
      <div>
        <button type="button" className="primary" disabled={action.pending} onClick={() => void schedule()}>
          {t('passport.schedule.submit')}
        </button>
      </div>
    </div>
  );
}

function CancelForm({ application, onChanged }: ActionsProps) {
  const action = useAction();
  const [confirming, setConfirming] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = optionalTextOf(new FormData(event.currentTarget), 'reason');
    const result = await action.run(() =>
      expectOk(
        api.matchmaking.POST('/passport/applications/{applicationId}/cancel', {
          params: { path: { applicationId: application.applicationId } },
          body: reason !== undefined ? { reason } : {},
        }),
      ),
    );
    if (result.ok) onChanged(t('passport.cancel.done'));
  };
  return (
    <div className="stack">
      <h3>{t('passport.cancel.title')}</h3>
      {confirming ? (
        <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
          <TextArea label={t('passport.cancel.reason')} name="reason" maxLength={500} error={action.error} />
          <FormError error={action.error} fields={['reason']} />
          <div className="page-actions">
            <button type="submit" className="danger" disabled={action.pending}>
              {t('passport.cancel.submit')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('form.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div>
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            {t('passport.cancel.open')}
          </button>
        </div>
      )}
    </div>
  );
}
