import { cloudEventOf } from './cloud-event-collector';

describe('cloudEventOf', () => {
  it('reads a CloudEvent and skips what is not one, so a parked poison record cannot stop a collector', () => {
    const event = { specversion: '1.0', type: 'org.icn.x.v1', id: '1', source: '/icn/x', subject: 's', data: {} };
    expect(cloudEventOf(JSON.stringify(event))).toEqual(event);
    expect(cloudEventOf('not a CloudEvent')).toBeUndefined();
    expect(cloudEventOf('null')).toBeUndefined();
    expect(cloudEventOf('{"type":"x"}')).toBeUndefined();
    expect(cloudEventOf(undefined)).toBeUndefined();
  });
});
