import { EventContractViolation, OrganisationLeft, type OrganisationLeftV1 } from '@icn/contracts';
import { eventContext } from '../context/event-context';
import { buildEvent } from './build-event';
import { toOutboxEntry } from './to-outbox-entry';

const data: OrganisationLeftV1 = { organisationId: '3d6f0a8b-2c4e-4f1a-9b7c-5e8d0f2a4b6c', clusterId: 'clean', leftAt: '2026-01-02T03:04:05.000Z' };
const ID_1 = '6f1c2a0e-5b7d-4c3e-9a1f-0d2b3c4e5f60';
const ID_2 = '0b9d8c7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e';

describe('buildEvent', () => {
  it('fills the envelope from the definition and the input', () => {
    const event = buildEvent(OrganisationLeft, { subject: 'org-1', sequence: 4, data, source: 'icn.membership', id: ID_1, time: new Date('2026-01-02T03:04:05Z') });
    expect(event).toEqual({
      specversion: '1.0',
      id: ID_1,
      source: 'icn.membership',
      type: OrganisationLeft.type,
      subject: 'org-1',
      time: '2026-01-02T03:04:05.000Z',
      datacontenttype: 'application/json',
      correlationid: ID_1,
      subjectsequence: 4,
      data,
    });
    expect(event).not.toHaveProperty('sequence');
  });

  it('takes correlation and causation from the current context', () => {
    const event = eventContext().run({ correlationId: 'req-9', causationId: 'cause-1' }, () =>
      buildEvent(OrganisationLeft, { subject: 'org-1', sequence: 1, data, source: 's' }),
    );
    expect(event.correlationid).toBe('req-9');
    expect(event.causationid).toBe('cause-1');
  });

  it('lets explicit ids win over the context', () => {
    const event = eventContext().run({ correlationId: 'req-9' }, () =>
      buildEvent(OrganisationLeft, { subject: 'org-1', sequence: 1, data, source: 's', correlationId: 'c', causationId: 'k' }),
    );
    expect([event.correlationid, event.causationid]).toEqual(['c', 'k']);
  });

  describe('refuses an event its own contract rejects (before anything can be written)', () => {
    function violationsOf(build: () => unknown): readonly string[] {
      try {
        build();
      } catch (error) {
        if (error instanceof EventContractViolation) return error.violations;
        throw error;
      }
      throw new Error('buildEvent accepted an event its contract rejects');
    }

    it('names each data field the payload class rejects, unknown ones included', () => {
      const bad = { organisationId: '', clusterId: 'clean', leftAt: 'yesterday', forged: true } as unknown as OrganisationLeftV1;
      const violations = violationsOf(() => buildEvent(OrganisationLeft, { subject: 'org-1', sequence: 2, data: bad, source: 's' }));
      expect(violations).toEqual(expect.arrayContaining([expect.stringMatching(/^data\.organisationId: /), expect.stringMatching(/^data\.leftAt: /), expect.stringMatching(/^data\.forged: /)]));
      expect(violations).toHaveLength(3);
    });

    it('rejects an envelope whose id is not a UUID (the published format) or whose sequence is not a positive integer', () => {
      expect(violationsOf(() => buildEvent(OrganisationLeft, { subject: 'org-1', sequence: 0, data, source: 's', id: 'ntf_0123456789abcdef0123456789abcdef' }))).toEqual([
        'id: must be a UUID (the envelope\'s format: uuid), got "ntf_0123456789abcdef0123456789abcdef"',
        'subjectsequence: must be an integer ≥ 1',
      ]);
      expect(violationsOf(() => buildEvent(OrganisationLeft, { subject: '', sequence: 1.5, data, source: '' }))).toEqual([
        'source: must be a non-empty string',
        'subject: must be a non-empty string',
        'subjectsequence: must be an integer ≥ 1',
      ]);
    });

    it('rejects a null where the contract has an optional field (class-validator alone lets it through)', () => {
      const withNull = { ...data, reason: null } as unknown as OrganisationLeftV1;
      expect(violationsOf(() => buildEvent(OrganisationLeft, { subject: 'org-1', sequence: 1, data: withNull, source: 's' }))).toEqual([
        'data.reason: must be omitted rather than null (no field of the contract is nullable)',
      ]);
    });

    it('says which event type it refused, in the error message', () => {
      expect(() => buildEvent(OrganisationLeft, { subject: 'org-1', sequence: 1, data: {} as OrganisationLeftV1, source: 's' })).toThrow(
        /^refusing to emit org\.icn\.membership\.organisation\.left\.v1, which its contract rejects: data\.organisationId: /,
      );
    });
  });
});

describe('toOutboxEntry', () => {
  it('keys by subject and stores the serialised event', () => {
    const event = buildEvent(OrganisationLeft, { subject: 'org-7', sequence: 2, data, source: 's', id: ID_2 });
    const now = new Date('2026-05-05T00:00:00Z');
    const entry = toOutboxEntry(event, OrganisationLeft.topic, now);
    expect(entry).toEqual({ eventId: ID_2, topic: OrganisationLeft.topic, key: 'org-7', type: OrganisationLeft.type, sequence: 2, value: JSON.stringify(event), createdAt: now });
    expect(JSON.parse(entry.value)).toEqual(event);
  });
});
