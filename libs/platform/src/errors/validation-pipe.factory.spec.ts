import { Type } from 'class-transformer';
import { IsEmail, IsInt, IsString, Min, ValidateNested } from 'class-validator';
import { createValidationPipe } from './validation-pipe.factory';
import { RequestValidationException } from './request-validation.exception';

class ContactDto {
  @IsString()
  name!: string;

  @IsEmail()
  email!: string;
}

class OrganisationDto {
  @IsString()
  name!: string;

  @IsInt()
  @Min(1)
  employees!: number;

  @ValidateNested({ each: true })
  @Type(() => ContactDto)
  contacts!: ContactDto[];
}

const metadata = { type: 'body' as const, metatype: OrganisationDto, data: '' };

async function validationErrorOf(value: unknown): Promise<RequestValidationException> {
  try {
    await createValidationPipe().transform(value, metadata);
  } catch (error) {
    if (error instanceof RequestValidationException) return error;
    throw error;
  }
  throw new Error('expected a RequestValidationException');
}

describe('createValidationPipe', () => {
  it('transforms a valid payload into the DTO class', async () => {
    const value: unknown = await createValidationPipe().transform(
      { name: 'Acme', employees: 12, contacts: [{ name: 'Ann', email: 'ann@acme.test' }] },
      metadata,
    );
    expect(value).toBeInstanceOf(OrganisationDto);
    expect((value as OrganisationDto).contacts[0]).toBeInstanceOf(ContactDto);
  });

  it('lists every bad field with nested paths and rejects unknown fields', async () => {
    const error = await validationErrorOf({
      name: 'Acme',
      employees: 0,
      contacts: [{ name: 'Ann', email: 'ann@acme.test' }, { name: 'Bob', email: 'nope', phone: '1' }],
      colour: 'blue',
    });

    expect(error.getStatus()).toBe(400);
    expect(error.details).toEqual(
      expect.arrayContaining([
        { field: 'employees', reason: 'must not be less than 1' },
        { field: 'contacts.1.email', reason: 'must be an email' },
        { field: 'contacts.1.phone', reason: 'should not exist' },
        { field: 'colour', reason: 'should not exist' },
      ]),
    );
    expect(error.details).toHaveLength(4);
    expect(error.message).toContain('contacts.1.email: must be an email');
    expect(error.message).toMatch(/^Validation failed: /);
  });
});
