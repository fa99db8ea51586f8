import type { OpportunitiesSchemas } from '../../api/clients';
import { HELIX_TYPES, SECTORS, oneOf } from '../../api/vocabulary';
import { checkedValuesOf, commaListOf, optionalNumberOf, optionalTextOf, textOf } from '../../components/form-values';
import { OPPORTUNITY_TYPES, OPPORTUNITY_VISIBILITIES } from './vocabulary';

type CreateOpportunity = OpportunitiesSchemas['schemas']['CreateOpportunityDto'];
type UpdateOpportunity = OpportunitiesSchemas['schemas']['UpdateOpportunityDto'];
type Link = OpportunitiesSchemas['schemas']['LinkDto'];

/** An ISO instant as a `datetime-local` input shows it: the person's own time zone, to the minute. */
export function toDateTimeLocal(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * A `datetime-local` value (local time) as the instant the API wants. What is not a date goes to
 * the API as typed, so its 400 names the field instead of the console guessing.
 */
export function fromDateTimeLocal(value: string): string {
  const date = new Date(value);
  return value === '' || Number.isNaN(date.getTime()) ? value : date.toISOString();
}

/** A `date` input as the first (or last) instant of that day in the person's time zone, for list filters. */
export function dayBoundary(value: string, end: boolean): string | undefined {
  if (value === '') return undefined;
  const date = new Date(`${value}T${end ? '23:59:59.999' : '00:00:00'}`);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

/** The link rows (`links.0.url`, `links.0.label`, …) that have an address; their API names are the input names. */
export function linksOf(data: FormData, rows: number): Link[] {
  const links: Link[] = [];
  for (let index = 0; index < rows; index += 1) {
    const url = textOf(data, `links.${index}.url`);
    const label = optionalTextOf(data, `links.${index}.label`);
    if (url !== '') links.push({ url, ...(label !== undefined && { label }) });
  }
  return links;
}

/** The content fields both create and edit send (edit sends every list, so emptying one clears it). */
function contentOf(data: FormData, linkRows: number) {
  const amount = optionalNumberOf(data, 'value.amount');
  const visibility = textOf(data, 'visibility');
  return {
    title: textOf(data, 'title'),
    description: textOf(data, 'description'),
    sectors: checkedValuesOf(data, 'sectors').filter((sector) => oneOf(SECTORS, sector)),
    technologies: commaListOf(data, 'technologies'),
    targetCountries: commaListOf(data, 'targetCountries'),
    targetClusterIds: checkedValuesOf(data, 'targetClusterIds'),
    targetHelixTypes: checkedValuesOf(data, 'targetHelixTypes').filter((helixType) => oneOf(HELIX_TYPES, helixType)),
    links: linksOf(data, linkRows),
    visibility: oneOf(OPPORTUNITY_VISIBILITIES, visibility) ? visibility : OPPORTUNITY_VISIBILITIES[0],
    ...(amount !== undefined && { value: { amount, currency: textOf(data, 'value.currency').toUpperCase() } }),
  };
}

/** POST /opportunities from the form (its type select offers only the API's types, the first chosen by default). */
export function createBodyOf(data: FormData, linkRows: number, options: { publish: boolean; originClusterId?: string }): CreateOpportunity {
  const type = textOf(data, 'type');
  return {
    ...contentOf(data, linkRows),
    type: oneOf(OPPORTUNITY_TYPES, type) ? type : OPPORTUNITY_TYPES[0],
    deadline: fromDateTimeLocal(textOf(data, 'deadline')),
    publish: options.publish,
    ...(options.originClusterId !== undefined && { originClusterId: options.originClusterId }),
  };
}

/** PATCH /opportunities/:id. A published opportunity's deadline only moves through extend-deadline, so it is left out. */
export function updateBodyOf(data: FormData, linkRows: number, options: { includeDeadline: boolean }): UpdateOpportunity {
  const type = textOf(data, 'type');
  return {
    ...contentOf(data, linkRows),
    ...(oneOf(OPPORTUNITY_TYPES, type) && { type }),
    ...(options.includeDeadline && { deadline: fromDateTimeLocal(textOf(data, 'deadline')) }),
  };
}
