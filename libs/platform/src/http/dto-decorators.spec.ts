import { plainToInstance } from 'class-transformer';
import { IsString, validateSync } from 'class-validator';
import { toFieldIssues } from '../errors/field-issues';
import type { FieldIssue } from '../errors/error-body';
import { IsFiniteNumber, isFiniteNumberWithin } from '@icn/contracts';
import { isNestedObjectGuarded, NestedObject, NestedObjectList } from './nested-object.decorators';

class ContactDto {
  @IsString()
  email!: string;
}

class OwnerDto {
  @NestedObject(() => ContactDto)
  contact!: ContactDto;

  @NestedObject(() => ContactDto, { optional: true })
  backup?: ContactDto;

  @NestedObject(() => ContactDto, { optional: true, nullable: true })
  clearable?: ContactDto | null;

  @NestedObjectList(() => ContactDto, { optional: true })
  others?: ContactDto[];
}

class MoneyDto {
  @IsFiniteNumber({ maxDecimalPlaces: 2 })
  amount!: number;
}

function issuesOf<T extends object>(type: new () => T, plain: object): FieldIssue[] {
  return toFieldIssues(validateSync(plainToInstance(type, plain), { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true }));
}

const contact = { email: 'ann@example.test' };

describe('NestedObject / NestedObjectList', () => {
  it('accepts objects and lists of objects', () => {
    expect(issuesOf(OwnerDto, { contact, backup: contact, clearable: null, others: [contact] })).toEqual([]);
    expect(issuesOf(OwnerDto, { contact })).toEqual([]);
  });

  it.each([
    ['an array', []],
    ['null', null],
    ['a string', 'x'],
    ['a number', 1],
    ['absence', undefined],
  ])('rejects %s where an object is required, naming the field', (_label, value) => {
    expect(issuesOf(OwnerDto, { contact: value })).toContainEqual({ field: 'contact', reason: 'must be an object' });
  });

  it('rejects null and arrays for optional ones unless nullable', () => {
    expect(issuesOf(OwnerDto, { contact, backup: null })).toEqual([{ field: 'backup', reason: 'must be an object' }]);
    expect(issuesOf(OwnerDto, { contact, clearable: [] })).toEqual([{ field: 'clearable', reason: 'must be an object' }]);
  });

  it('rejects unknown and bad nested keys with their path', () => {
    expect(issuesOf(OwnerDto, { contact: { email: 1, phone: '2' } })).toEqual(
      expect.arrayContaining([
        { field: 'contact.email', reason: 'must be a string' },
        { field: 'contact.phone', reason: 'should not exist' },
      ]),
    );
  });

  it('requires every element of a list to be an object', () => {
    expect(issuesOf(OwnerDto, { contact, others: [contact, []] })).toContainEqual({ field: 'others', reason: 'each element must be an object' });
    expect(issuesOf(OwnerDto, { contact, others: [contact, 'x'] })).toContainEqual({ field: 'others', reason: 'each element must be an object' });
    expect(issuesOf(OwnerDto, { contact, others: contact })).toContainEqual({ field: 'others', reason: 'must be an array' });
  });

  it('marks the properties it guards', () => {
    expect(isNestedObjectGuarded(OwnerDto.prototype, 'contact')).toBe(true);
    expect(isNestedObjectGuarded(OwnerDto.prototype, 'others')).toBe(true);
    expect(isNestedObjectGuarded(ContactDto.prototype, 'email')).toBe(false);
  });
});

describe('IsFiniteNumber', () => {
  it.each([0, 1, 12.3, 12.34, -0.01, 1e21, 99999999.99])('accepts %p with at most 2 decimals', (amount) => {
    expect(issuesOf(MoneyDto, { amount })).toEqual([]);
  });

  it.each([1e-7, 12.345, 5e-324, 0.1 + 0.2, Number.NaN, Number.POSITIVE_INFINITY, '12', null])('rejects %p without throwing', (amount) => {
    expect(issuesOf(MoneyDto, { amount })).toEqual([{ field: 'amount', reason: 'must be a finite number with at most 2 decimal places' }]);
  });

  it('accepts any finite number without a decimal bound', () => {
    expect(isFiniteNumberWithin(1e-7, undefined)).toBe(true);
    expect(isFiniteNumberWithin(1e-7, 6)).toBe(false);
    expect(isFiniteNumberWithin(1e-7, 7)).toBe(true);
  });
});
