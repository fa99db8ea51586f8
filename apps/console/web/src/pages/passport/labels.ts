import type { MatchmakingSchemas } from '../../api/clients';
import { PASSPORT_SERVICES, type PassportService } from '../../api/vocabulary';
import { t } from '../../i18n/catalogue';

export type PassportApplication = MatchmakingSchemas['schemas']['PassportApplicationResponse'];
export type PassportStatus = PassportApplication['status'];

export const PASSPORT_STATUSES: readonly PassportStatus[] = ['submitted', 'accepted', 'declined', 'scheduled', 'completed', 'cancelled'];

export const serviceLabel = (service: PassportService): string => t(`passport.service.${service}`);
export const statusLabel = (status: PassportStatus): string => t(`passport.status.${status}`);
export const serviceOptions = PASSPORT_SERVICES.map((value) => ({ value, label: serviceLabel(value) }));
export const statusOptions = PASSPORT_STATUSES.map((value) => ({ value, label: statusLabel(value) }));
