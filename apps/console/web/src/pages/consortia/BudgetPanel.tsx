import { type FormEvent, useState } from 'react';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { FormError, TextField } from '../../components/FormField';
import { ScrollRegion } from '../../components/ScrollRegion';
import { useAction } from '../../components/use-action';
import { format, t } from '../../i18n/catalogue';
import type { ConsortiumPartProps } from './consortium-part';
import type { BudgetCategory, Consortium, ConsortiumMember } from './consortium-types';
import { BUDGET_CATEGORIES, budgetCategoryLabel } from './consortium-vocabulary';
import { budgetTotalEur } from './grant-split';

function linesOf(consortium: Consortium, organisationId: string) {
  return consortium.budgetLines.filter((line) => line.organisationId === organisationId);
}

/** A member's budget by category (lines of one category added up), as the form's starting values. */
function amountsByCategory(consortium: Consortium, organisationId: string): Record<BudgetCategory, string> {
  const lines = linesOf(consortium, organisationId);
  const amounts: Record<BudgetCategory, string> = { personnel: '', subcontracting: '', travel: '', equipment: '', 'other-direct': '', indirect: '' };
  for (const category of BUDGET_CATEGORIES) {
    const ofCategory = lines.filter((line) => line.category === category).map((line) => line.amountEur);
    amounts[category] = ofCategory.length === 0 ? '' : String(budgetTotalEur(ofCategory));
  }
  return amounts;
}

/**
 * One member's budget: an amount per category, sent as that member's lines (the service replaces
 * them all). Empty categories are not sent; the categories sent are remembered so that a 400 naming
 * `lines.2.amountEur` shows under the field it came from.
 */
function BudgetForm({ consortium, member, onChange }: Pick<ConsortiumPartProps, 'consortium' | 'onChange'> & { member: ConsortiumMember }) {
  const action = useAction();
  const [amounts, setAmounts] = useState(() => amountsByCategory(consortium, member.organisationId));
  const [sent, setSent] = useState<readonly BudgetCategory[]>([]);
  const headingId = `budget-${member.organisationId}`;
  const { consortiumId } = consortium;
  const fieldOf = (category: BudgetCategory) => (sent.includes(category) ? `lines.${sent.indexOf(category)}.amountEur` : `budget.${category}`);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const categories = BUDGET_CATEGORIES.filter((category) => amounts[category].trim() !== '');
    setSent(categories);
    const body = { lines: categories.map((category) => ({ category, amountEur: Number(amounts[category]) })) };
    const result = await action.run(() =>
      expectOk(api.consortia.PUT('/consortia/{consortiumId}/budget/{organisationId}', { params: { path: { consortiumId, organisationId: member.organisationId } }, body })),
    );
    if (result.ok) onChange(result.value);
  };

  return (
    <li className="card">
      <h3 id={headingId}>{t('consortia.budget.formLabel', { name: member.organisationName })}</h3>
      <form className="stack" aria-labelledby={headingId} onSubmit={(event) => void submit(event)} noValidate>
        {BUDGET_CATEGORIES.map((category) => (
          <TextField
            key={category}
            label={t('consortia.budget.amount', { category: budgetCategoryLabel(category) })}
            name={fieldOf(category)}
            type="number"
            min={0}
            step="0.01"
            inputMode="decimal"
            value={amounts[category]}
            onChange={(event) => setAmounts({ ...amounts, [category]: event.target.value })}
            error={action.error}
          />
        ))}
        <FormError error={action.error} fields={BUDGET_CATEGORIES.map(fieldOf)} />
        <div>
          <button type="submit" disabled={action.pending} aria-label={t('consortia.budget.saveLabel', { name: member.organisationName })}>
            {t('consortia.budget.save')}
          </button>
        </div>
      </form>
    </li>
  );
}

/** The budget per member (totals), and a form for each member whose budget the person may set. */
export function BudgetPanel({ consortium, permissions, onChange }: ConsortiumPartProps) {
  const totals = consortium.members.map((member) => ({ member, total: budgetTotalEur(linesOf(consortium, member.organisationId).map((line) => line.amountEur)) }));
  const editable = consortium.members.filter((member) => permissions.setBudget(member));
  return (
    <section aria-labelledby="consortium-budget">
      <h2 id="consortium-budget">{t('consortia.budget.title')}</h2>
      <ScrollRegion label={t('consortia.budget.caption')}>
        <table>
          <caption className="visually-hidden">{t('consortia.budget.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('consortia.budget.member')}</th>
              <th scope="col">{t('consortia.budget.total')}</th>
            </tr>
          </thead>
          <tbody>
            {totals.map(({ member, total }) => (
              <tr key={member.organisationId}>
                <th scope="row">{member.organisationName}</th>
                <td>{format.euros(total)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('consortia.budget.all')}</th>
              <td>{format.euros(budgetTotalEur(totals.map((entry) => entry.total)))}</td>
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
      {editable.length > 0 && (
        <ul className="cards">
          {editable.map((member) => (
            <BudgetForm key={`${member.organisationId}|${consortium.version}`} consortium={consortium} member={member} onChange={onChange} />
          ))}
        </ul>
      )}
    </section>
  );
}
