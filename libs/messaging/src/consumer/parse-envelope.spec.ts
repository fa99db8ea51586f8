import { parseEnvelope } from './parse-envelope';

const valid = {
  specversion: '1.0',
  id: 'e1',
  source: 's',
  type: 'org.icn.x.v1',
  subject: 'a1',
  time: '2026-01-01T00:00:00Z',
  datacontenttype: 'application/json',
  correlationid: 'c1',
  subjectsequence: 1,
  data: {},
};

describe('parseEnvelope', () => {
  it('accepts a valid structured CloudEvent', () => {
    expect(parseEnvelope(Buffer.from(JSON.stringify(valid)))).toEqual({ ok: true, event: valid });
  });

  it('rejects non-JSON and empty values', () => {
    expect(parseEnvelope(Buffer.from('{oops'))).toEqual({ ok: false, errors: ['value: must be JSON (structured-mode CloudEvent)'] });
    expect(parseEnvelope(null)).toEqual({ ok: false, errors: ['value: must not be empty'] });
  });

  it('names each bad field', () => {
    const result = parseEnvelope(JSON.stringify({ ...valid, id: '', subjectsequence: 0, time: 'yesterday', data: undefined }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      'id: must be a non-empty string',
      'time: must be an RFC 3339 timestamp',
      'subjectsequence: must be an integer ≥ 1',
      'data: is required',
    ]);
  });

  it('reads an event written before the rename (integer `sequence`) as subjectsequence', () => {
    const { subjectsequence, ...rest } = valid;
    const legacy = { ...rest, sequence: 7 };
    expect(subjectsequence).toBe(1);
    expect(parseEnvelope(JSON.stringify(legacy))).toEqual({ ok: true, event: { ...rest, subjectsequence: 7 } });
    expect(parseEnvelope(JSON.stringify({ ...rest, sequence: '0007' }))).toEqual({ ok: false, errors: ['subjectsequence: must be an integer ≥ 1'] });
  });
});
