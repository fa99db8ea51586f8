import { type FormEvent, useState } from 'react';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { INTRODUCTION_OUTCOMES, oneOf } from '../../api/vocabulary';
import { useUser } from '../../app/session';
import { optionalTextOf, textOf } from '../../components/form-values';
import { FormError, SelectField, TextArea } from '../../components/FormField';
import { StatusBadge } from '../../components/StatusBadge';
import { useAction } from '../../components/use-action';
import { format, t } from '../../i18n/catalogue';
import { type Box, type Introduction, sidesOf } from './introduction-sides';
import { outcomeLabel, outcomeOptions, purposeLabel } from './labels';

interface IntroductionCardProps {
  introduction: Introduction;
  onChanged: (announcement: string) => void;
  /** The box it is shown in: received offers B's steps only, sent A's only (the secretariat may act for both). */
  box?: Box;
}

/**
 * One introduction: who asked whom and why, its state, and the steps the person may take now —
 * accept or decline (B's side), withdraw (A's side), then record what came of it. A step the
 * state no longer allows is refused with a 409, whose reason shows next to it.
 */
export function IntroductionCard({ introduction, onChanged, box }: IntroductionCardProps) {
  const user = useUser();
  const allowed = sidesOf(user, introduction);
  const sides = { requester: allowed.requester && box !== 'received', target: allowed.target && box !== 'sent' };
  const transition = useAction();
  const [declining, setDeclining] = useState(false);
  const { introductionId } = introduction;
  const path = { params: { path: { introductionId } } };
  const between = { requester: introduction.requesterOrganisationName, target: introduction.targetOrganisationName };

  const accept = async () => {
    const result = await transition.run(() => expectOk(api.matchmaking.POST('/introductions/{introductionId}/accept', path)));
    if (result.ok) onChanged(t('matchmaking.introduction.accepted', between));
  };
  const withdraw = async () => {
    const result = await transition.run(() => expectOk(api.matchmaking.POST('/introductions/{introductionId}/withdraw', path)));
    if (result.ok) onChanged(t('matchmaking.introduction.withdrawn', between));
  };
  const decline = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = optionalTextOf(new FormData(event.currentTarget), 'reason');
    const result = await transition.run(() => expectOk(api.matchmaking.POST('/introductions/{introductionId}/decline', { ...path, body: reason !== undefined ? { reason } : {} })));
    if (result.ok) onChanged(t('matchmaking.introduction.declined', between));
  };

  return (
    <li className="card">
      <h3>{t('matchmaking.introduction.heading', between)}</h3>
      <p className="meta">
        <StatusBadge status={introduction.status} label={t(`matchmaking.introductionStatus.${introduction.status}`)} /> · {purposeLabel(introduction.purpose)} ·{' '}
        {t('matchmaking.introduction.requestedAt', { date: format.dateTime(introduction.requestedAt) })}
      </p>
      <p className="meta">{t('matchmaking.introduction.clusters', { requester: introduction.requesterClusterId, target: introduction.targetClusterId })}</p>
      <blockquote className="message">{introduction.message}</blockquote>
      {introduction.declineReason !== undefined && <p>{t('matchmaking.introduction.declineReason', { reason: introduction.declineReason })}</p>}
      {introduction.outcome !== undefined && (
        <p>
          {t('matchmaking.introduction.outcome', { outcome: outcomeLabel(introduction.outcome.outcome), date: format.date(introduction.outcome.recordedAt) })}
          {introduction.outcome.note !== undefined && ` — ${introduction.outcome.note}`}
        </p>
      )}
      {introduction.status === 'pending' && (sides.target || sides.requester) && (
        <div className="page-actions">
          {sides.target && (
            <>
              <button type="button" className="primary" disabled={transition.pending} onClick={() => void accept()}>
                {t('matchmaking.introduction.accept')}
              </button>
              <button type="button" disabled={transition.pending} aria-expanded={declining} onClick={() => setDeclining(!declining)}>
                {t('matchmaking.introduction.decline')}
              </button>
            </>
          )}
          {sides.requester && (
            <button type="button" className="danger" disabled={transition.pending} onClick={() => void withdraw()}>
              {t('matchmaking.introduction.withdraw')}
            </button>
          )}
        </div>
      )}
      {declining && introduction.status === 'pending' && (
        <form className="stack" onSubmit={(event) => void decline(event)} noValidate>
          <TextArea label={t('matchmaking.introduction.declineReasonLabel')} name="reason" error={transition.error} />
          <div>
            <button type="submit" className="danger" disabled={transition.pending}>
              {t('matchmaking.introduction.confirmDecline')}
            </button>
          </div>
        </form>
      )}
      <FormError error={transition.error} fields={['reason']} />
      {introduction.status === 'accepted' && (sides.target || sides.requester) && <OutcomeForm introduction={introduction} onChanged={onChanged} />}
    </li>
  );
}

/** What came of an accepted introduction; recorded by either side, corrected the same way, and fed back into the ranking. */
function OutcomeForm({ introduction, onChanged }: IntroductionCardProps) {
  const action = useAction();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const outcome = textOf(data, 'outcome');
    const note = optionalTextOf(data, 'note');
    if (!oneOf(INTRODUCTION_OUTCOMES, outcome)) return;
    const result = await action.run(() =>
      expectOk(
        api.matchmaking.POST('/introductions/{introductionId}/outcome', {
          params: { path: { introductionId: introduction.introductionId } },
          body: { outcome, ...(note !== undefined && { note }) },
        }),
      ),
    );
    if (result.ok) onChanged(t('matchmaking.introduction.outcomeRecorded', { outcome: outcomeLabel(outcome) }));
  };
  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
      <h4>{introduction.outcome === undefined ? t('matchmaking.outcomeForm.record') : t('matchmaking.outcomeForm.correct')}</h4>
      <SelectField label={t('matchmaking.outcomeForm.outcome')} name="outcome" options={outcomeOptions} defaultValue={introduction.outcome?.outcome ?? 'follow-up-meeting'} hint={t('matchmaking.outcomeForm.hint')} error={action.error} />
      <TextArea label={t('matchmaking.outcomeForm.note')} name="note" defaultValue={introduction.outcome?.note ?? ''} error={action.error} />
      <FormError error={action.error} fields={['outcome', 'note']} />
      <div>
        <button type="submit" className="primary" disabled={action.pending}>
          {t('matchmaking.outcomeForm.submit')}
        </button>
      </div>
    </form>
  );
}
