import type { MatchmakingSchemas } from '../../api/clients';
import { t } from '../../i18n/catalogue';

type Schemas = MatchmakingSchemas['schemas'];
export type Mission = Schemas['MissionResponse'];
export type MissionStatus = Mission['status'];
export type MissionApplication = Schemas['MissionApplicationResponse'];
export type ApplicationStatus = MissionApplication['status'];
export type LocalProjectOwner = Schemas['LocalProjectOwnerResponse'];
export type Agenda = Schemas['AgendaResponse'];
export type AgendaSlot = Schemas['AgendaSlotResponse'];
export type Meeting = Schemas['MissionMeetingResponse'];
export type MeetingStatus = Meeting['status'];

export const MISSION_STATUSES: readonly MissionStatus[] = ['draft', 'call-open', 'call-closed', 'selection-published', 'completed', 'cancelled'];

export const missionStatusLabel = (status: MissionStatus): string => t(`missions.status.${status}`);
export const applicationStatusLabel = (application: Pick<MissionApplication, 'status' | 'reserveRank'>): string =>
  application.status === 'reserve' && application.reserveRank !== undefined ? t('missions.applicationStatus.reserveRank', { rank: application.reserveRank }) : t(`missions.applicationStatus.${application.status}`);
export const meetingStatusLabel = (status: MeetingStatus): string => t(`missions.meetingStatus.${status}`);

/** A mission that is over takes no more changes (applications, owners, agenda, meetings). */
export const isFinal = (mission: Pick<Mission, 'status'>): boolean => mission.status === 'completed' || mission.status === 'cancelled';
