import { LEGACY_SEQUENCE_ATTRIBUTE, SUBJECT_SEQUENCE_ATTRIBUTE, type CloudEvent } from '@icn/contracts';

export type EnvelopeResult = { ok: true; event: CloudEvent<unknown> } | { ok: false; errors: string[] };

const REQUIRED_STRINGS = ['id', 'source', 'type', 'subject', 'time', 'correlationid'] as const;

/**
 * Parses and checks the CloudEvents envelope of a raw message value. Each problem is reported as
 * `field: reason` so the dead-letter header tells an operator exactly what was wrong.
 */
export function parseEnvelope(value: Buffer | string | null): EnvelopeResult {
  if (value === null || value.length === 0) return { ok: false, errors: ['value: must not be empty'] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(value.toString());
  } catch {
    return { ok: false, errors: ['value: must be JSON (structured-mode CloudEvent)'] };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, errors: ['value: must be a JSON object'] };
  }
  const raw = parsed as Record<string, unknown>;
  const errors: string[] = [];
  if (raw['specversion'] !== '1.0') errors.push(`specversion: must be "1.0"`);
  for (const field of REQUIRED_STRINGS) {
    const fieldValue = raw[field];
    if (typeof fieldValue !== 'string' || fieldValue.length === 0) errors.push(`${field}: must be a non-empty string`);
  }
  if (typeof raw['time'] === 'string' && Number.isNaN(Date.parse(raw['time']))) errors.push('time: must be an RFC 3339 timestamp');
  if (raw['datacontenttype'] !== 'application/json') errors.push('datacontenttype: must be "application/json"');
  if ('causationid' in raw && typeof raw['causationid'] !== 'string') errors.push('causationid: must be a string when present');
  // Events written before the attribute was renamed carry it as `sequence` (ADR 5): read either,
  // and hand handlers the current name only.
  const attribute = SUBJECT_SEQUENCE_ATTRIBUTE in raw ? SUBJECT_SEQUENCE_ATTRIBUTE : LEGACY_SEQUENCE_ATTRIBUTE;
  const sequence = raw[attribute];
  if (typeof sequence !== 'number' || !Number.isInteger(sequence) || sequence < 1) errors.push(`${SUBJECT_SEQUENCE_ATTRIBUTE}: must be an integer ≥ 1`);
  if (!('data' in raw)) errors.push('data: is required');
  if (errors.length > 0) return { ok: false, errors };
  if (attribute === LEGACY_SEQUENCE_ATTRIBUTE) {
    const { [LEGACY_SEQUENCE_ATTRIBUTE]: legacy, ...rest } = raw;
    return { ok: true, event: { ...rest, [SUBJECT_SEQUENCE_ATTRIBUTE]: legacy } as unknown as CloudEvent<unknown> };
  }
  return { ok: true, event: raw as unknown as CloudEvent<unknown> };
}
