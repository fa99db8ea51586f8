import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { useUser } from '../../app/session';
import { FormError } from '../../components/FormField';
import { ScrollRegion } from '../../components/ScrollRegion';
import { StatusBadge } from '../../components/StatusBadge';
import { useAction } from '../../components/use-action';
import { format, t } from '../../i18n/catalogue';
import { ApplyToMissionForm } from './ApplyToMissionForm';
import { applicationStatusLabel, isFinal, type MissionApplication } from './labels';
import { canActForOrganisation, isOrganiserSide } from './mission-sides';
import type { MissionPartProps } from './MissionOverview';
import { SelectionEditor } from './SelectionEditor';

const WITHDRAWABLE: readonly MissionApplication['status'][] = ['submitted', 'selected', 'reserve'];

/**
 * Applications: the form while the call accepts them; the applications the person may read (all
 * for the organiser, their own otherwise) with withdrawal; the organiser's selection once the call
 * is closed. A selected delegate who withdraws is replaced by reserve #1 at once.
 */
export function MissionApplications({ mission, onChanged }: MissionPartProps) {
  const user = useUser();
  const organiser = isOrganiserSide(user, mission);
  const withdraw = useAction();
  const withdrawApplication = async (application: MissionApplication) => {
    const result = await withdraw.run(() =>
      expectOk(api.matchmaking.POST('/missions/{missionId}/applications/{applicationId}/withdraw', { params: { path: { missionId: mission.missionId, applicationId: application.applicationId } } })),
    );
    if (result.ok) onChanged(t(application.status === 'selected' ? 'missions.applications.withdrawnSelected' : 'missions.applications.withdrawn', { name: application.organisationName }));
  };

  return (
    <>
      {mission.acceptingApplications && <ApplyToMissionForm mission={mission} onChanged={onChanged} />}
      <section aria-labelledby="mission-applications">
        <h2 id="mission-applications">{organiser ? t('missions.applications.allTitle') : t('missions.applications.ownTitle')}</h2>
        {mission.applications.length === 0 ? (
          <p>{t('missions.applications.empty', { count: mission.liveApplicationCount })}</p>
        ) : (
          <ScrollRegion label={t('missions.applications.allTitle')}>
            <table>
              <caption className="visually-hidden">{t('missions.applications.allTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('missions.field.organisation')}</th>
                  <th scope="col">{t('missions.field.status')}</th>
                  <th scope="col">{t('missions.field.travellers')}</th>
                  <th scope="col">{t('missions.field.motivation')}</th>
                  <th scope="col">{t('missions.applications.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {mission.applications.map((application) => (
                  <tr key={application.applicationId}>
                    <th scope="row">
                      {application.organisationName}
                      <span className="meta"> ({application.clusterId})</span>
                    </th>
                    <td>
                      <StatusBadge status={application.status} label={applicationStatusLabel(application)} />
                      {application.promotedAt !== undefined && <p className="meta">{t('missions.applications.promoted', { date: format.dateTime(application.promotedAt) })}</p>}
                    </td>
                    <td>{application.travellers.join(', ')}</td>
                    <td className="multiline">{application.motivation}</td>
                    <td>
                      {!isFinal(mission) && WITHDRAWABLE.includes(application.status) && canActForOrganisation(user, application) && (
                        <button type="button" className="danger" disabled={withdraw.pending} onClick={() => void withdrawApplication(application)}>
                          {t('missions.applications.withdraw')}
                          <span className="visually-hidden"> {application.organisationName}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
        <FormError error={withdraw.error} fields={[]} />
      </section>
      {organiser && mission.status === 'call-open' && <p className="notice">{t('missions.selection.closeFirst')}</p>}
      {organiser && mission.status === 'call-closed' && <SelectionEditor key={mission.version} mission={mission} onChanged={onChanged} />}
    </>
  );
}
