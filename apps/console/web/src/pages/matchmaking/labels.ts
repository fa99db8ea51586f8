import { INTRODUCTION_OUTCOMES, INTRODUCTION_PURPOSES, type IntroductionOutcome, type IntroductionPurpose } from '../../api/vocabulary';
import { t } from '../../i18n/catalogue';

export const purposeLabel = (purpose: IntroductionPurpose): string => t(`matchmaking.purpose.${purpose}`);
export const outcomeLabel = (outcome: IntroductionOutcome): string => t(`matchmaking.outcome.${outcome}`);

export const purposeOptions = INTRODUCTION_PURPOSES.map((value) => ({ value, label: purposeLabel(value) }));
export const outcomeOptions = INTRODUCTION_OUTCOMES.map((value) => ({ value, label: outcomeLabel(value) }));
