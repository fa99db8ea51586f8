import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, Min, ValidateNested } from 'class-validator';
import { MultilineText } from '../http/text-content';
import type { ArgumentMetadata } from '@nestjs/common';
import { PartialType } from '@nestjs/swagger';
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

  @IsOptional()
  @MultilineText()
  @IsString()
  description?: string;

  @IsInt()
  @Min(1)
  employees!: number;

  @ValidateNested({ each: true })
  @Type(() => ContactDto)
  contacts!: ContactDto[];
}

const metadata = { type: 'body' as const, metatype: OrganisationDto, data: '' };

class ListQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  limit?: number;

  @IsOptional()
  @IsIn(['true', 'false'])
  active?: string;

  @IsOptional()
  @IsString({ each: true })
  sectors?: string[];
}

const queryMetadata = { type: 'query' as const, metatype: ListQuery, data: undefined };

async function validationErrorOf(value: unknown, argument: ArgumentMetadata = metadata): Promise<RequestValidationException> {
  try {
    await createValidationPipe().transform(value, argument);
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

  it('rejects control characters and lone surrogates in every string, naming the path', async () => {
    const error = await validationErrorOf({
      name: 'Ac\u0000me',
      employees: 1,
      contacts: [{ name: 'Ann\ud800', email: 'ann@acme.test' }],
    });
    expect(error.details).toEqual([
      { field: 'name', reason: 'must not contain control characters' },
      { field: 'contacts.0.name', reason: 'must not contain unpaired UTF-16 surrogates' },
    ]);
  });

  it('lets @MultilineText() properties keep tab and line breaks, and only those', async () => {
    const valid = { name: 'Acme', employees: 1, contacts: [], description: 'Line 1\n\tLine 2\r\n' };
    await expect(createValidationPipe().transform(valid, metadata)).resolves.toBeInstanceOf(OrganisationDto);
    expect((await validationErrorOf({ ...valid, name: 'Ac\nme' })).details).toEqual([{ field: 'name', reason: 'must not contain control characters' }]);
    expect((await validationErrorOf({ ...valid, description: 'bell\u0007' })).details).toEqual([
      { field: 'description', reason: 'must not contain control characters' },
    ]);
  });

  it('rejects a repeated query parameter where the query DTO declares one value', async () => {
    expect((await validationErrorOf({ limit: ['1', '2'], active: ['true', 'x'] }, queryMetadata)).details).toEqual([
      { field: 'limit', reason: 'must be a single value' },
      { field: 'active', reason: 'must be a single value' },
    ]);
    expect((await validationErrorOf({ limit: { x: '1' } }, queryMetadata)).details).toEqual([{ field: 'limit', reason: 'must be a single value' }]);
    expect((await validationErrorOf({ sectors: [['a']] }, queryMetadata)).details).toEqual([{ field: 'sectors', reason: 'must be a list of single values' }]);
    await expect(createValidationPipe().transform({ limit: '5', sectors: ['a', 'b'] }, queryMetadata)).resolves.toEqual(
      Object.assign(new ListQuery(), { limit: 5, sectors: ['a', 'b'] }),
    );
  });

  it('rejects a repeated or control-character value for a named query parameter', async () => {
    const token = { type: 'query' as const, metatype: String, data: 'token' };
    expect((await validationErrorOf(['a', 'b'], token)).details).toEqual([{ field: 'token', reason: 'must be a single value' }]);
    expect((await validationErrorOf('a\u0000', token)).details).toEqual([{ field: 'token', reason: 'must not contain control characters' }]);
    await expect(createValidationPipe().transform('abc', token)).resolves.toBe('abc');
    await expect(createValidationPipe().transform(undefined, token)).resolves.toBeUndefined();
  });

  it('checks the query DTO strings too', async () => {
    expect((await validationErrorOf({ active: 'tr\u0000ue' }, queryMetadata)).details).toEqual(
      expect.arrayContaining([{ field: 'active', reason: 'must not contain control characters' }]),
    );
  });
});

describe('MultilineText through mapped types', () => {
  it('is inherited by PartialType like any other constraint', async () => {
    class PatchOrganisationDto extends PartialType(OrganisationDto) {}
    const patch = { type: 'body' as const, metatype: PatchOrganisationDto, data: '' };
    await expect(createValidationPipe().transform({ description: 'a\nb' }, patch)).resolves.toBeInstanceOf(PatchOrganisationDto);
    expect((await validationErrorOf({ name: 'a\nb' }, patch)).details).toEqual([{ field: 'name', reason: 'must not contain control characters' }]);
  });
});

describe('text checks before validators run', () => {
  class SignupDto {
    @IsEmail()
    email!: string;
  }
  const signup = { type: 'body' as const, metatype: SignupDto, data: '' };

  it('refuses a lone surrogate before IsEmail sees it (validator.js throws a URIError on one)', async () => {
    expect((await validationErrorOf({ email: 'a\ud800@example.org' }, signup)).details).toEqual([
      { field: 'email', reason: 'must not contain unpaired UTF-16 surrogates' },
    ]);
  });
});
