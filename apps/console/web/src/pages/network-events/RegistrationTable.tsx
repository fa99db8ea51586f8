import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { useUser } from '../../app/session';
import { FormError } from '../../components/FormField';
import { ScrollRegion } from '../../components/ScrollRegion';
import { StatusBadge } from '../../components/StatusBadge';
import { useAction } from '../../components/use-action';
import { t } from '../../i18n/catalogue';
import { mayActFor, mayCancelRegistration, mayRunEvent, type NetworkEvent, type Registration } from './network-event-access';
import { calendarHref, REGISTRATION_BADGE, registeredAtOf, registrationStatusOf } from './network-event-labels';

function CancelRegistration({ event, registration, onCancelled }: { event: NetworkEvent; registration: Registration; onCancelled: (announcement: string) => void }) {
  const action = useAction();
  const cancel = async () => {
    const result = await action.run(() =>
      expectOk(
        api.network.DELETE('/network-events/{eventId}/registrations/{registrationId}', { params: { path: { eventId: event.eventId, registrationId: registration.registrationId } } }),
      ),
    );
    if (result.ok) onCancelled(t('networkEvents.detail.registrationCancelled'));
  };
  return (
    <>
      <button type="button" disabled={action.pending} onClick={() => void cancel()}>
        {t('networkEvents.detail.cancelRegistration')}
        <span className="visually-hidden"> {t('networkEvents.detail.calendarOf', { name: registration.participantName })}</span>
      </button>
      <FormError error={action.error} fields={[]} />
    </>
  );
}

interface RegistrationTableProps {
  event: NetworkEvent;
  registrations: readonly Registration[];
  caption: string;
  onChanged: (announcement: string) => void;
}

/** Registrations with their status (seat, waiting rank, attendance), the calendar file and cancelling where allowed. */
export function RegistrationTable({ event, registrations, caption, onChanged }: RegistrationTableProps) {
  const user = useUser();
  return (
    <ScrollRegion label={caption}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('networkEvents.detail.participant')}</th>
            <th scope="col">{t('networkEvents.detail.organisation')}</th>
            <th scope="col">{t('networkEvents.detail.cluster')}</th>
            <th scope="col">{t('networkEvents.detail.status')}</th>
            <th scope="col">{t('networkEvents.detail.registeredAt')}</th>
            <th scope="col">{t('networkEvents.detail.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {registrations.map((registration) => (
            <tr key={registration.registrationId} data-registration-id={registration.registrationId} data-status={registration.status} data-waiting-rank={registration.waitingRank}>
              <th scope="row">{registration.participantName}</th>
              <td>{registration.organisationName}</td>
              <td>{registration.clusterId}</td>
              <td>
                <StatusBadge status={REGISTRATION_BADGE[registration.status]} label={registrationStatusOf(registration)} />
              </td>
              <td>{registeredAtOf(registration)}</td>
              <td>
                <div className="toolbar">
                  {registration.status !== 'cancelled' && (mayActFor(user, registration) || mayRunEvent(user, event.hostClusterId)) && (
                    <a className="button" href={calendarHref(event.eventId, registration.registrationId)} download={`${event.title}.ics`}>
                      {t('networkEvents.detail.calendar')}
                      <span className="visually-hidden"> {t('networkEvents.detail.calendarOf', { name: registration.participantName })}</span>
                    </a>
                  )}
                  {mayCancelRegistration(user, event, registration) && <CancelRegistration event={event} registration={registration} onCancelled={onChanged} />}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
