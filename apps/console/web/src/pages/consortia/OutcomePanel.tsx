import { type FormEvent, useState } from 'react';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { ErrorMessage } from '../../components/ErrorMessage';
import { textOf } from '../../components/form-values';
import { FormError, TextArea, TextField } from '../../components/FormField';
import { ScrollRegion } from '../../components/ScrollRegion';
import { useAction } from '../../components/use-action';
import { format, t } from '../../i18n/catalogue';
import { memberName, type ConsortiumPartProps } from './consortium-part';
import type { Consortium, GrantBody } from './consortium-types';
import { beneficiariesOf, checkSplit } from './grant-split';

/** An amount field's text as a number: empty counts as nothing (0), anything else goes as typed for the service to judge. */
function amountOf(text: string): number {
  return text.trim() === '' ? 0 : Number(text);
}

function SplitStatus({ total, shares }: { total: string; shares: readonly string[] }) {
  const split = checkSplit(amountOf(total), shares.map(amountOf));
  let text: string;
  if (split.balanced) text = t('consortia.outcome.splitBalanced', { total: format.euros(split.allocatedEur) });
  else if (split.remainingEur > 0) text = t('consortia.outcome.splitRemaining', { allocated: format.euros(split.allocatedEur), remaining: format.euros(split.remainingEur) });
  else text = t('consortia.outcome.splitOver', { allocated: format.euros(split.allocatedEur), over: format.euros(-split.remainingEur) });
  return (
    <p aria-live="polite" className="meta">
      {text}
    </p>
  );
}

/**
 * The grant: the total and one share per beneficiary (the coordinator and partners), in the order
 * of the consortium's members, so a 400 naming `shares.1.amountEur` lands on the second field.
 */
function GrantForm({ consortium, onChange }: Pick<ConsortiumPartProps, 'consortium' | 'onChange'>) {
  const action = useAction();
  const beneficiaries = beneficiariesOf(consortium);
  const [total, setTotal] = useState('');
  const [shares, setShares] = useState<readonly string[]>(() => beneficiaries.map(() => ''));
  // The fields shown here; a reason about `shares` as a whole (they do not add up) or a share's organisation goes above the button.
  const fields = ['totalEur', ...beneficiaries.map((_, index) => `shares.${index}.amountEur`)];
  const { consortiumId } = consortium;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body: GrantBody = {
      totalEur: amountOf(total),
      shares: beneficiaries.map((member, index) => ({ organisationId: member.organisationId, amountEur: amountOf(shares[index] ?? '') })),
    };
    const result = await action.run(() => expectOk(api.consortia.POST('/consortia/{consortiumId}/grant', { params: { path: { consortiumId } }, body })));
    if (result.ok) onChange(result.value);
  };

  return (
    <form className="stack" aria-labelledby="consortium-grant" onSubmit={(event) => void submit(event)} noValidate>
      <h3 id="consortium-grant">{t('consortia.outcome.grantLegend')}</h3>
      <TextField
        label={t('consortia.outcome.total')}
        name="totalEur"
        type="number"
        min={0}
        step="0.01"
        inputMode="decimal"
        value={total}
        onChange={(event) => setTotal(event.target.value)}
        error={action.error}
        required
      />
      <p className="hint">{t('consortia.outcome.shareHint')}</p>
      {beneficiaries.map((member, index) => (
        <TextField
          key={member.organisationId}
          label={t('consortia.outcome.share', { name: member.organisationName })}
          name={`shares.${index}.amountEur`}
          type="number"
          min={0}
          step="0.01"
          inputMode="decimal"
          value={shares[index] ?? ''}
          onChange={(event) => setShares(shares.map((value, at) => (at === index ? event.target.value : value)))}
          error={action.error}
        />
      ))}
      <SplitStatus total={total} shares={shares} />
      <FormError error={action.error} fields={fields} />
      <div>
        <button type="submit" className="primary" disabled={action.pending}>
          {t('consortia.outcome.grant')}
        </button>
      </div>
    </form>
  );
}

function ReserveListButton({ consortium, onChange }: Pick<ConsortiumPartProps, 'consortium' | 'onChange'>) {
  const action = useAction();
  const { consortiumId } = consortium;
  const run = async () => {
    const result = await action.run(() => expectOk(api.consortia.POST('/consortia/{consortiumId}/reserve-list', { params: { path: { consortiumId } } })));
    if (result.ok) onChange(result.value);
  };
  return (
    <div className="consortia-action">
      <button type="button" disabled={action.pending} onClick={() => void run()}>
        {t('consortia.outcome.reserveList')}
      </button>
      <p className="hint">{t('consortia.outcome.reserveListHint')}</p>
      {action.error !== undefined && <ErrorMessage error={action.error} />}
    </div>
  );
}

function RejectForm({ consortium, onChange }: Pick<ConsortiumPartProps, 'consortium' | 'onChange'>) {
  const action = useAction();
  const { consortiumId } = consortium;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const feedback = textOf(new FormData(event.currentTarget), 'feedback');
    const result = await action.run(() => expectOk(api.consortia.POST('/consortia/{consortiumId}/reject', { params: { path: { consortiumId } }, body: { feedback } })));
    if (result.ok) onChange(result.value);
  };
  return (
    <form className="stack" aria-labelledby="consortium-reject" onSubmit={(event) => void submit(event)} noValidate>
      <h3 id="consortium-reject">{t('consortia.outcome.rejectLegend')}</h3>
      <TextArea label={t('consortia.outcome.feedback')} name="feedback" error={action.error} required maxLength={5000} />
      <FormError error={action.error} fields={['feedback']} />
      <div>
        <button type="submit" className="danger" disabled={action.pending}>
          {t('consortia.outcome.reject')}
        </button>
      </div>
    </form>
  );
}

/** What the funder decided, as recorded: the grant and its split, the reserve list, the rejection's feedback, the withdrawal. */
function RecordedOutcome({ consortium }: { consortium: Consortium }) {
  const closedAt = consortium.closedAt ?? consortium.updatedAt;
  switch (consortium.status) {
    case 'granted':
      return (
        <>
          <p>{t('consortia.outcome.granted', { total: format.euros(consortium.grant?.totalEur ?? 0), date: format.date(closedAt) })}</p>
          {consortium.grant !== undefined && consortium.grant.shares.length > 0 && (
            <ScrollRegion label={t('consortia.outcome.splitCaption')}>
              <table>
                <caption>{t('consortia.outcome.splitCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('consortia.outcome.beneficiary')}</th>
                    <th scope="col">{t('consortia.outcome.amount')}</th>
                  </tr>
                </thead>
                <tbody>
                  {consortium.grant.shares.map((share) => (
                    <tr key={share.organisationId}>
                      <th scope="row">{memberName(consortium, share.organisationId)}</th>
                      <td>{format.euros(share.amountEur)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )}
        </>
      );
    case 'reserve-list':
      return <p>{t('consortia.outcome.reserveListed', { date: format.date(consortium.reserveListedAt ?? consortium.updatedAt) })}</p>;
    case 'rejected':
      return (
        <>
          <p>{t('consortia.outcome.rejected', { date: format.date(closedAt) })}</p>
          {consortium.feedback !== undefined && <blockquote>{consortium.feedback}</blockquote>}
        </>
      );
    case 'withdrawn':
      return (
        <>
          <p>{t('consortia.outcome.withdrawn', { date: format.date(closedAt) })}</p>
          {consortium.withdrawalReason !== undefined && <p>{t('consortia.outcome.withdrawnReason', { reason: consortium.withdrawalReason })}</p>}
        </>
      );
    default:
      return <p className="meta">{t('consortia.outcome.pending')}</p>;
  }
}

/** The outcome: recorded by the coordinator side (or the secretariat) once the application is submitted. */
export function OutcomePanel({ consortium, permissions, onChange }: ConsortiumPartProps) {
  return (
    <section aria-labelledby="consortium-outcome">
      <h2 id="consortium-outcome">{t('consortia.outcome.title')}</h2>
      <RecordedOutcome consortium={consortium} />
      {permissions.recordOutcome && (
        <>
          <p>{t('consortia.outcome.record')}</p>
          <div className="grid-2">
            <GrantForm key={consortium.version} consortium={consortium} onChange={onChange} />
            <div>
              {permissions.reserveList && <ReserveListButton consortium={consortium} onChange={onChange} />}
              <RejectForm consortium={consortium} onChange={onChange} />
            </div>
          </div>
        </>
      )}
    </section>
  );
}
