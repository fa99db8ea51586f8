import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { OrganisationLeft, type OrganisationLeftV1 } from '../membership';
import type { CloudEvent } from '../envelope/cloud-event';
import { buildEventJsonSchema } from '../json-schema/event-json-schema';
import { findEventContractViolations } from './event-conformance';

const event: CloudEvent<OrganisationLeftV1> = {
  specversion: '1.0',
  id: '6f1c2a0e-5b7d-4c3e-9a1f-0d2b3c4e5f60',
  source: '/icn/membership',
  type: OrganisationLeft.type,
  subject: 'org-1',
  time: '2026-01-02T03:04:05.000Z',
  datacontenttype: 'application/json',
  correlationid: 'c',
  subjectsequence: 1,
  data: { organisationId: '3d6f0a8b-2c4e-4f1a-9b7c-5e8d0f2a4b6c', clusterId: 'clean', leftAt: '2026-01-02T03:04:05.000Z' },
};
const TRACEPARENT = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';

describe('the CloudEvents Distributed Tracing extension in the contract (ADR 15)', () => {
  const validate = addFormats(new Ajv({ strict: true, strictRequired: false })).compile(buildEventJsonSchema(OrganisationLeft));

  it('accepts an event with traceparent and tracestate, and one without (tracing is optional)', () => {
    expect(findEventContractViolations(OrganisationLeft, { ...event, traceparent: TRACEPARENT, tracestate: 'icn=1,other=x' })).toEqual([]);
    expect(findEventContractViolations(OrganisationLeft, event)).toEqual([]);
    expect(validate({ ...event, traceparent: TRACEPARENT, tracestate: 'icn=1' })).toBe(true);
    expect(validate(event)).toBe(true);
  });

  it.each([['not-a-trace'], ['00-0AF7651916CD43DD8448EB211C80319C-B7AD6B7169203331-01'], ['01-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01'], ['00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331']])(
    'refuses the traceparent %s, in the producer check and the published schema alike',
    (traceparent) => {
      expect(findEventContractViolations(OrganisationLeft, { ...event, traceparent })).toEqual(['traceparent: must be a W3C trace context (00-<32 hex>-<16 hex>-<2 hex>) when present']);
      expect(validate({ ...event, traceparent })).toBe(false);
    },
  );
});
