import { format, t } from '../../i18n/catalogue';
import { helixTypeLabel } from '../members/labels';
import { memberName, type ConsortiumPartProps } from './consortium-part';
import { EligibilityPanel } from './EligibilityPanel';
import { LifecyclePanel } from './LifecyclePanel';
import { OutcomePanel } from './OutcomePanel';

function CallFacts({ consortium }: Pick<ConsortiumPartProps, 'consortium'>) {
  const { call, rules } = consortium;
  const ruleParts = [
    t('consortia.detail.rulesSummary', { minPartners: rules.minPartners, minCountries: rules.minCountries, minSmeSharePercent: format.number(rules.minSmeSharePercent) }),
    ...(rules.maxPartners !== undefined ? [t('consortia.detail.maxPartners', { maxPartners: rules.maxPartners })] : []),
    ...(rules.requiredHelixTypes.length > 0 ? [t('consortia.detail.requiredTypes', { types: rules.requiredHelixTypes.map(helixTypeLabel).join(', ') })] : []),
  ];
  return (
    <section aria-labelledby="consortium-call">
      <h2 id="consortium-call">{t('consortia.detail.callTitle')}</h2>
      <dl className="facts">
        <dt>{t('consortia.detail.programme')}</dt>
        <dd>{call.programme}</dd>
        <dt>{t('consortia.detail.topic')}</dt>
        <dd>{call.topic}</dd>
        <dt>{t('consortia.detail.callSource')}</dt>
        <dd>{t(`consortia.call.source.${call.source}`)}</dd>
        <dt>{t('consortia.detail.deadline')}</dt>
        <dd>{format.dateTime(call.deadline)}</dd>
        {call.budgetEur !== undefined && (
          <>
            <dt>{t('consortia.detail.callBudget')}</dt>
            <dd>{format.euros(call.budgetEur)}</dd>
          </>
        )}
        <dt>{t('consortia.detail.rules')}</dt>
        <dd>{ruleParts.join('; ')}</dd>
        <dt>{t('consortia.detail.coordinator')}</dt>
        <dd>{memberName(consortium, consortium.coordinatorOrganisationId)}</dd>
        <dt>{t('consortia.detail.created')}</dt>
        <dd>{format.dateTime(consortium.createdAt)}</dd>
      </dl>
    </section>
  );
}

/** The call, whether the partnership is eligible, the next step of the application and its outcome. */
export function OverviewTab(props: ConsortiumPartProps) {
  return (
    <>
      <CallFacts consortium={props.consortium} />
      <EligibilityPanel consortium={props.consortium} />
      <LifecyclePanel {...props} />
      <OutcomePanel {...props} />
    </>
  );
}
