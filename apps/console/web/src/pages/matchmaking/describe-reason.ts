import type { MatchmakingSchemas } from '../../api/clients';
import { HELIX_TYPES, INTRODUCTION_OUTCOMES, SECTORS, oneOf } from '../../api/vocabulary';
import { format, t } from '../../i18n/catalogue';
import { helixTypeLabel, sectorLabel } from '../members/labels';

/**
 * One reason of a match as the engine explains it (apps/matchmaking/src/matching/match-explanation.ts).
 * OpenAPI types the common part (kind, weight, factor, contribution); what matched is in fields of
 * each kind, read here with checks rather than assumed.
 */
export type MatchReason = MatchmakingSchemas['schemas']['OrganisationMatchView']['reasons'][number];

export interface ReasonLine {
  /** What matched, in words. */
  what: string;
  /** The weight applied, or the factor of an outcome-feedback adjustment. */
  weight: string;
  contribution: number;
}

function text(reason: MatchReason, key: string): string {
  const value = reason[key];
  return typeof value === 'string' ? value : '';
}

function texts(reason: MatchReason, key: string): string[] {
  const value = reason[key];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function numberOf(reason: MatchReason, key: string): number | undefined {
  const value = reason[key];
  return typeof value === 'number' ? value : undefined;
}

function sectorText(value: string): string {
  return oneOf(SECTORS, value) ? sectorLabel(value) : value;
}

function helixText(value: string): string {
  return oneOf(HELIX_TYPES, value) ? helixTypeLabel(value) : value;
}

/** `names` maps the organisation and opportunity ids a reason may name to their names. */
export function describeReason(reason: MatchReason, names: ReadonlyMap<string, string>): ReasonLine {
  const nameOf = (id: string) => names.get(id) ?? t('matchmaking.reason.otherParty');
  const weight = reason.factor !== undefined ? t('matchmaking.reason.factor', { factor: format.number(reason.factor) }) : reason.weight !== undefined ? format.number(reason.weight) : '';
  const rule = text(reason, 'rule');
  let what: string;
  switch (reason.kind) {
    case 'sector':
      what = t('matchmaking.reason.sector', { sector: sectorText(text(reason, 'sector')) });
      break;
    case 'technology':
      what = t('matchmaking.reason.technology', { technology: text(reason, 'technology') });
      break;
    case 'offer-need':
      what = t('matchmaking.reason.offerNeed', {
        offer: text(reason, 'offer'),
        offeredBy: nameOf(text(reason, 'offeredBy')),
        need: text(reason, 'need'),
        neededBy: nameOf(text(reason, 'neededBy')),
        terms: texts(reason, 'sharedTerms').join(', '),
        similarity: format.number(numberOf(reason, 'similarity') ?? 0),
      });
      break;
    case 'country':
      what =
        rule === 'country-named-in-need'
          ? t('matchmaking.reason.countryInNeed', { country: text(reason, 'country'), neededBy: nameOf(text(reason, 'neededBy')), need: text(reason, 'need') })
          : t('matchmaking.reason.targetedCountry', { country: text(reason, 'country') });
      break;
    case 'helix':
      what =
        rule === 'targeted-helix-type'
          ? t('matchmaking.reason.targetedHelixType', { helixType: helixText(text(reason, 'helixType')) })
          : rule === 'helix-complementarity'
            ? t('matchmaking.reason.helixComplementarity', { pair: text(reason, 'pair').split('+').map(helixText).join(' + ') })
            : t('matchmaking.reason.companySizes');
      break;
    case 'cluster':
      what = t('matchmaking.reason.targetedCluster', { cluster: text(reason, 'clusterId') });
      break;
    case 'outcome-feedback':
      what =
        rule === 'previous-introduction'
          ? t('matchmaking.reason.previousIntroduction', { outcome: outcomeText(text(reason, 'outcome')) })
          : t('matchmaking.reason.trackRecord');
      break;
  }
  return { what, weight, contribution: reason.contribution };
}

function outcomeText(outcome: string): string {
  return oneOf(INTRODUCTION_OUTCOMES, outcome) ? t(`matchmaking.outcome.${outcome}`) : outcome;
}
