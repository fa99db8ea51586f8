import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { IsCalendarDate, isCalendarDate } from './calendar-date.decorator';

class Visit {
  @IsCalendarDate()
  from!: string;
}

describe('isCalendarDate', () => {
  it.each(['2026-01-31', '2028-02-29', '2000-02-29', '2026-12-31'])('accepts %s', (value) => {
    expect(isCalendarDate(value)).toBe(true);
  });

  it.each(['2026-02-30', '2026-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-1-01', '2026-01-01T00:00:00Z', ' 2026-01-01', '', 20260101, null])(
    'refuses %p',
    (value) => {
      expect(isCalendarDate(value)).toBe(false);
    },
  );
});

describe('@IsCalendarDate', () => {
  it('names the field and the reason', () => {
    const [error] = validateSync(plainToInstance(Visit, { from: '2026-02-30' }));
    expect(error?.property).toBe('from');
    expect(error?.constraints).toEqual({ isCalendarDate: 'from must be a day that exists, as YYYY-MM-DD' });
    expect(validateSync(plainToInstance(Visit, { from: '2026-03-02' }))).toEqual([]);
  });
});
