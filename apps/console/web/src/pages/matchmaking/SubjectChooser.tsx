import { OrganisationPicker } from '../../components/OrganisationPicker';
import { t } from '../../i18n/catalogue';
import type { SubjectOrganisation } from './use-subject';

/** "For which organisation?": a picker for managers and the secretariat, a plain line for a member. */
export function SubjectChooser({ subject }: { subject: SubjectOrganisation }) {
  if (!subject.canChoose) return subject.name !== undefined ? <p className="meta">{t('matchmaking.subject.own', { name: subject.name })}</p> : null;
  return <OrganisationPicker legend={t('matchmaking.subject.legend')} value={subject.organisationId} selectedName={subject.name} onChange={subject.choose} />;
}
