import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useAsync } from '../../components/use-async';
import { t } from '../../i18n/catalogue';
import type { Consortium } from './consortium-types';

/**
 * The service's eligibility check, in its own words ("needs a research institution"), asked again
 * whenever the consortium changes (its version), and announced when the answer changes.
 */
export function EligibilityPanel({ consortium }: { consortium: Consortium }) {
  const { consortiumId } = consortium;
  const report = useAsync(
    () => expectOk(api.consortia.GET('/consortia/{consortiumId}/eligibility', { params: { path: { consortiumId } } })),
    `${consortiumId}|${consortium.version}`,
  );
  return (
    <section aria-labelledby="consortium-eligibility">
      <h2 id="consortium-eligibility">{t('consortia.eligibility.title')}</h2>
      <div aria-live="polite">
        {report.status === 'loading' && <p>{t('consortia.eligibility.checking')}</p>}
        {report.status === 'done' &&
          (report.data.eligible ? (
            <p className="notice">{t('consortia.eligibility.eligible')}</p>
          ) : (
            <div className="notice">
              <p>{t('consortia.eligibility.notEligible')}</p>
              <ul>
                {report.data.missing.map((requirement) => (
                  <li key={`${requirement.rule} ${requirement.message}`}>{requirement.message}</li>
                ))}
              </ul>
            </div>
          ))}
      </div>
      {report.status === 'failed' && <ErrorMessage error={report.error} onRetry={report.reload} />}
      <button type="button" onClick={report.reload}>
        {t('consortia.eligibility.recheck')}
      </button>
    </section>
  );
}
