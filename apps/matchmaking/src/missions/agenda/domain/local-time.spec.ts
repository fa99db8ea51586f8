import { isKnownTimeZone, minutesOfDay, timeOfDay, zonedTimeToUtc } from './local-time';

describe('local times at the destination', () => {
  it('converts wall-clock times to instants with the zone’s offset of that day', () => {
    expect(zonedTimeToUtc('2027-01-12', '09:30', 'America/New_York').toISOString()).toBe('2027-01-12T14:30:00.000Z');
    // Summer time: EDT is UTC-4.
    expect(zonedTimeToUtc('2027-06-15', '09:30', 'America/New_York').toISOString()).toBe('2027-06-15T13:30:00.000Z');
    // China has no DST: UTC+8 all year.
    expect(zonedTimeToUtc('2027-06-15', '08:00', 'Asia/Shanghai').toISOString()).toBe('2027-06-15T00:00:00.000Z');
    expect(zonedTimeToUtc('2027-06-15', '00:00', 'UTC').toISOString()).toBe('2027-06-15T00:00:00.000Z');
  });

  it('handles the days clocks change', () => {
    // 2027-03-14 02:30 does not exist in New York (02:00 → 03:00); 01:30 is still EST, 03:30 is EDT.
    expect(zonedTimeToUtc('2027-03-14', '01:30', 'America/New_York').toISOString()).toBe('2027-03-14T06:30:00.000Z');
    expect(zonedTimeToUtc('2027-03-14', '03:30', 'America/New_York').toISOString()).toBe('2027-03-14T07:30:00.000Z');
    expect(zonedTimeToUtc('2027-11-07', '09:00', 'America/New_York').toISOString()).toBe('2027-11-07T14:00:00.000Z');
  });

  it('knows IANA zones and formats times of day', () => {
    expect(isKnownTimeZone('America/New_York')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(minutesOfDay('09:30')).toBe(570);
    expect(timeOfDay(570)).toBe('09:30');
    expect(timeOfDay(1440)).toBe('24:00');
  });
});
