import { useState } from 'react';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { FormError } from '../../components/FormField';
import { useAction } from '../../components/use-action';
import { t } from '../../i18n/catalogue';
import type { MissionApplication } from './labels';
import type { MissionPartProps } from './MissionOverview';

type Decision = 'selected' | 'reserve' | 'rejected' | '';
const DECISIONS: readonly Decision[] = ['', 'selected', 'reserve', 'rejected'];

function initialDecisions(applications: readonly MissionApplication[]): Record<string, Decision> {
  return Object.fromEntries(
    applications.map((application) => [application.applicationId, application.status === 'selected' || application.status === 'reserve' || application.status === 'rejected' ? application.status : '']),
  );
}

function initialReserve(applications: readonly MissionApplication[]): string[] {
  return applications
    .filter((application) => application.status === 'reserve')
    .sort((a, b) => (a.reserveRank ?? 0) - (b.reserveRank ?? 0))
    .map((application) => application.applicationId);
}

/**
 * The organiser decides every live application at once: selected (at most the capacity), on the
 * reserve list in promotion order, or rejected; revisable until published. When a selected
 * delegate later withdraws, the service promotes reserve #1 in the same write.
 */
export function SelectionEditor({ mission, onChanged }: MissionPartProps) {
  const live = mission.applications.filter((application) => application.status !== 'withdrawn');
  const [decisions, setDecisions] = useState(() => initialDecisions(live));
  const [reserve, setReserve] = useState(() => initialReserve(live));
  const decide = useAction();
  const publish = useAction();
  const nameOf = new Map(live.map((application) => [application.applicationId, application.organisationName]));
  const selectedCount = live.filter((application) => decisions[application.applicationId] === 'selected').length;

  const choose = (applicationId: string, decision: Decision) => {
    setDecisions({ ...decisions, [applicationId]: decision });
    const others = reserve.filter((id) => id !== applicationId);
    setReserve(decision === 'reserve' ? [...others, applicationId] : others);
  };
  const move = (applicationId: string, by: -1 | 1) => {
    const index = reserve.indexOf(applicationId);
    const target = index + by;
    if (index < 0 || target < 0 || target >= reserve.length) return;
    const next = [...reserve];
    next[index] = next[target] ?? applicationId;
    next[target] = applicationId;
    setReserve(next);
  };
  const save = async () => {
    const body = {
      selected: live.filter((application) => decisions[application.applicationId] === 'selected').map((application) => application.applicationId),
      reserve,
      rejected: live.filter((application) => decisions[application.applicationId] === 'rejected').map((application) => application.applicationId),
    };
    const result = await decide.run(() => expectOk(api.matchmaking.POST('/missions/{missionId}/selection', { params: { path: { missionId: mission.missionId } }, body })));
    if (result.ok) onChanged(t('missions.selection.decided'));
  };
  const publishSelection = async () => {
    const result = await publish.run(() => expectOk(api.matchmaking.POST('/missions/{missionId}/selection/publish', { params: { path: { missionId: mission.missionId } } })));
    if (result.ok) onChanged(t('missions.selection.published'));
  };

  return (
    <section aria-labelledby="mission-selection">
      <h2 id="mission-selection">{t('missions.selection.title')}</h2>
      <p>{t('missions.selection.intro')}</p>
      <p aria-live="polite" className={selectedCount > mission.capacity ? 'error-message' : 'meta'}>
        {t('missions.selection.count', { selected: selectedCount, capacity: mission.capacity })}
      </p>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">{t('missions.selection.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('missions.field.organisation')}</th>
              <th scope="col">{t('missions.field.travellers')}</th>
              <th scope="col">{t('missions.selection.decision')}</th>
            </tr>
          </thead>
          <tbody>
            {live.map((application) => (
              <tr key={application.applicationId}>
                <th scope="row">{application.organisationName}</th>
                <td>{application.travellers.join(', ')}</td>
                <td>
                  <label className="visually-hidden" htmlFor={`decision-${application.applicationId}`}>
                    {t('missions.selection.decisionFor', { name: application.organisationName })}
                  </label>
                  <select
                    id={`decision-${application.applicationId}`}
                    value={decisions[application.applicationId] ?? ''}
                    onChange={(event) => choose(application.applicationId, DECISIONS.find((known) => known === event.target.value) ?? '')}
                  >
                    {DECISIONS.map((decision) => (
                      <option key={decision} value={decision}>
                        {t(decision === '' ? 'missions.selection.undecided' : `missions.selection.${decision}`)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {reserve.length > 0 && (
        <>
          <h3>{t('missions.selection.reserveList')}</h3>
          <ol className="reserve-list">
            {reserve.map((applicationId, index) => (
              <li key={applicationId}>
                <span>{nameOf.get(applicationId) ?? applicationId}</span>
                <span className="page-actions">
                  <button type="button" disabled={index === 0} onClick={() => move(applicationId, -1)}>
                    {t('missions.selection.moveUp')}
                    <span className="visually-hidden"> {nameOf.get(applicationId)}</span>
                  </button>
                  <button type="button" disabled={index === reserve.length - 1} onClick={() => move(applicationId, 1)}>
                    {t('missions.selection.moveDown')}
                    <span className="visually-hidden"> {nameOf.get(applicationId)}</span>
                  </button>
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
      <FormError error={decide.error} fields={[]} />
      <div className="page-actions">
        <button type="button" className="primary" disabled={decide.pending} onClick={() => void save()}>
          {t('missions.selection.save')}
        </button>
        {mission.selectionDecidedAt !== undefined && (
          <button type="button" disabled={publish.pending} onClick={() => void publishSelection()}>
            {t('missions.selection.publish')}
          </button>
        )}
      </div>
      <FormError error={publish.error} fields={[]} />
    </section>
  );
}
