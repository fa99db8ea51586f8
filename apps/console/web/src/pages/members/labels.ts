import {
  CLUSTER_STATUSES,
  COMPANY_SIZES,
  HELIX_TYPES,
  ORGANISATION_STATUSES,
  SECTORS,
  type ClusterStatus,
  type CompanySize,
  type HelixType,
  type OrganisationStatus,
  type Sector,
} from '../../api/vocabulary';
import { t } from '../../i18n/catalogue';

/** The membership vocabularies in words, and as options of select boxes and checkbox groups. */
export const sectorLabel = (sector: Sector): string => t(`members.sector.${sector}`);
export const helixTypeLabel = (helixType: HelixType): string => t(`members.helixType.${helixType}`);
export const companySizeLabel = (size: CompanySize): string => t(`members.companySize.${size}`);
export const organisationStatusLabel = (status: OrganisationStatus): string => t(`members.status.${status}`);
export const clusterStatusLabel = (status: ClusterStatus): string => t(`members.clusterStatus.${status}`);

export const sectorOptions = SECTORS.map((value) => ({ value, label: sectorLabel(value) }));
export const helixTypeOptions = HELIX_TYPES.map((value) => ({ value, label: helixTypeLabel(value) }));
export const companySizeOptions = COMPANY_SIZES.map((value) => ({ value, label: companySizeLabel(value) }));
export const organisationStatusOptions = ORGANISATION_STATUSES.map((value) => ({ value, label: organisationStatusLabel(value) }));
export const clusterStatusOptions = CLUSTER_STATUSES.map((value) => ({ value, label: clusterStatusLabel(value) }));
