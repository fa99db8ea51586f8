import { t } from '../../i18n/catalogue';
import type { ServiceName } from './service-status';

const LABELS = {
  membership: 'operations.service.membership',
  matchmaking: 'operations.service.matchmaking',
  opportunities: 'operations.service.opportunities',
  consortia: 'operations.service.consortia',
} as const satisfies Record<ServiceName, string>;

export function serviceLabel(service: ServiceName): string {
  return t(LABELS[service]);
}
