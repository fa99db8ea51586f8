import { Link } from 'react-router';
import { format, t } from '../../i18n/catalogue';
import { companySizeLabel, helixTypeLabel, sectorLabel } from './labels';
import type { Organisation } from './OrganisationDetail';

function listOrDash(items: readonly string[]): string {
  return items.length === 0 ? t('members.profile.none') : items.join(', ');
}

/** What the organisation publishes about itself, read-only. */
export function OrganisationProfile({ organisation }: { organisation: Organisation }) {
  return (
    <section aria-labelledby="organisation-profile">
      <h2 id="organisation-profile">{t('members.profile.title')}</h2>
      {organisation.description !== undefined && <p>{organisation.description}</p>}
      <dl className="facts">
        <dt>{t('members.field.cluster')}</dt>
        <dd>
          <Link to={`/members/clusters/${organisation.clusterId}`}>{organisation.clusterId}</Link>
        </dd>
        <dt>{t('members.field.helixType')}</dt>
        <dd>
          {helixTypeLabel(organisation.helixType)}
          {organisation.companySize !== undefined && ` · ${companySizeLabel(organisation.companySize)}`}
        </dd>
        <dt>{t('members.field.location')}</dt>
        <dd>{organisation.city !== undefined ? `${organisation.city}, ${organisation.country}` : organisation.country}</dd>
        {organisation.website !== undefined && (
          <>
            <dt>{t('members.field.website')}</dt>
            <dd>
              <a href={organisation.website} rel="noopener noreferrer">
                {organisation.website}
              </a>
            </dd>
          </>
        )}
        <dt>{t('members.field.sectors')}</dt>
        <dd>{listOrDash(organisation.sectors.map(sectorLabel))}</dd>
        <dt>{t('members.field.technologies')}</dt>
        <dd>{listOrDash(organisation.technologies)}</dd>
        <dt>{t('members.field.offers')}</dt>
        <dd>{listOrDash(organisation.offers)}</dd>
        <dt>{t('members.field.needs')}</dt>
        <dd>{listOrDash(organisation.needs)}</dd>
        {organisation.trl !== undefined && (
          <>
            <dt>{t('members.field.trl')}</dt>
            <dd>{organisation.trl}</dd>
          </>
        )}
        <dt>{t('members.field.joinedAt')}</dt>
        <dd>{format.date(organisation.joinedAt)}</dd>
        <dt>{t('members.field.updatedAt')}</dt>
        <dd>{format.dateTime(organisation.updatedAt)}</dd>
      </dl>
    </section>
  );
}
