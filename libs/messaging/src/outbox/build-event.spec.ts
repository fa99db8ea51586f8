import { OrganisationLeft, type OrganisationLeftV1 } from '@icn/contracts';
import { eventContext } from '../context/event-context';
import { buildEvent } from './build-event';
import { appendToOutbox, toOutboxEntry } from './to-outbox-entry';

const data = {} as OrganisationLeftV1;

describe('buildEvent', () => {
  it('fills the envelope from the definition and the input', () => {
    const event = buildEvent(OrganisationLeft, { subject: 'org-1', sequence: 4, data, source: 'icn.membership', id: 'e-1', time: new Date('2026-01-02T03:04:05Z') });
    expect(event).toEqual({
      specversion: '1.0',
      id: 'e-1',
      source: 'icn.membership',
      type: OrganisationLeft.type,
      subject: 'org-1',
      time: '2026-01-02T03:04:05.000Z',
      datacontenttype: 'application/json',
      correlationid: 'e-1',
      sequence: 4,
      data,
    });
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
});

describe('toOutboxEntry', () => {
  it('keys by subject and stores the serialised event', () => {
    const event = buildEvent(OrganisationLeft, { subject: 'org-7', sequence: 2, data, source: 's', id: 'e-2' });
    const now = new Date('2026-05-05T00:00:00Z');
    const entry = toOutboxEntry(event, OrganisationLeft.topic, now);
    expect(entry).toEqual({ eventId: 'e-2', topic: OrganisationLeft.topic, key: 'org-7', type: OrganisationLeft.type, sequence: 2, value: JSON.stringify(event), createdAt: now });
    expect(JSON.parse(entry.value)).toEqual(event);
    expect(appendToOutbox([entry])).toEqual({ $push: { outbox: { $each: [entry] } } });
  });
});
