import { Link } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { useUser } from '../../app/session';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { StatusBadge } from '../../components/StatusBadge';
import { useAsync } from '../../components/use-async';
import { format, t } from '../../i18n/catalogue';
import { helixTypeLabel, sectorLabel } from '../members/labels';
import { anyOr, type Partner, phaseLabel, type Programme } from './labels';
import { PartnersNav } from './PartnersNav';

/** The services' largest page: the network has a handful of partners with a few programmes each. */
const PAGE_SIZE = 100;

/** Every partner with its programmes: who may apply, the call window and whether it is open now. */
export function PartnersList() {
  const user = useUser();
  const data = useAsync(
    () =>
      Promise.all([
        expectOk(api.network.GET('/partners', { params: { query: { limit: PAGE_SIZE } } })),
        expectOk(api.network.GET('/programmes', { params: { query: { limit: PAGE_SIZE } } })),
      ]),
    'partners',
  );
  return (
    <>
      <PageHeader title={t('partners.list.title')} />
      <PartnersNav />
      <p>{t('partners.list.intro')}</p>
      {data.status === 'loading' && <p aria-live="polite">{t('app.loading')}</p>}
      {data.status === 'failed' && <ErrorMessage error={data.error} onRetry={data.reload} />}
      {data.status === 'done' &&
        (data.data[0].items.length === 0 ? (
          <p>{t('partners.list.empty')}</p>
        ) : (
          data.data[0].items.map((partner) => (
            <PartnerSection key={partner.partnerId} partner={partner} programmes={data.data[1].items.filter((programme) => programme.partnerId === partner.partnerId)} editable={user.role === 'network-admin'} />
          ))
        ))}
    </>
  );
}

function PartnerSection({ partner, programmes, editable }: { partner: Partner; programmes: readonly Programme[]; editable: boolean }) {
  const headingId = `partner-${partner.partnerId}`;
  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>{partner.name}</h2>
      <p className="meta">
        {partner.country !== undefined && `${partner.country} · `}
        {partner.website !== undefined && <a href={partner.website}>{partner.website}</a>}
      </p>
      {partner.description !== undefined && <p className="multiline">{partner.description}</p>}
      {editable && (
        <p>
          <Link to={`/partners/${partner.partnerId}/edit`}>{t('partners.list.edit', { name: partner.name })}</Link>
        </p>
      )}
      {programmes.length === 0 ? (
        <p>{t('partners.list.noProgrammes')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption>{t('partners.list.programmes', { name: partner.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('partners.field.title')}</th>
                <th scope="col">{t('partners.field.callWindow')}</th>
                <th scope="col">{t('partners.field.phase')}</th>
                <th scope="col">{t('partners.field.eligibility')}</th>
              </tr>
            </thead>
            <tbody>
              {programmes.map((programme) => (
                <tr key={programme.programmeId}>
                  <th scope="row">
                    <Link to={`/partners/programmes/${programme.programmeId}`}>{programme.title}</Link>
                  </th>
                  <td>{t('partners.window', { from: format.dateTime(programme.callWindow.opensAt), to: format.dateTime(programme.callWindow.closesAt) })}</td>
                  <td>
                    <StatusBadge status={programme.callPhase} label={phaseLabel(programme.callPhase)} />
                  </td>
                  <td>
                    {anyOr(programme.eligibility.sectors, sectorLabel)} · {anyOr(programme.eligibility.helixTypes, helixTypeLabel)} · {anyOr(programme.eligibility.countries, (country) => country)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
