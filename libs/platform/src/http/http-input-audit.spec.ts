import { Body, Controller, Patch, Post, Query } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsNumber, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { auditHttpInputs } from './http-input-audit';
import { IsFiniteNumber } from '@icn/contracts';
import { IfPresent } from './if-present.decorator';
import { NestedObject, NestedObjectList } from './nested-object.decorators';

class CountsDto {
  @IsInt() companies!: number;
}

class ContactDto {
  @IsString() email!: string;
}

class GoodDto {
  @NestedObject(() => CountsDto, { optional: true }) counts?: CountsDto;
  @NestedObjectList(() => ContactDto) contacts!: ContactDto[];
  @IsFiniteNumber({ maxDecimalPlaces: 2 }) amount!: number;
}

class LegacyDto {
  @IsOptional() @ValidateNested() @Type(() => CountsDto) counts?: CountsDto;
  @IsObject() extra!: Record<string, number>;
  @IsNumber({ maxDecimalPlaces: 2 }) amount!: number;
  @IsOptional() @IsString() note?: string;
  @IsOptional() @IsString() region?: string | null;
  @IfPresent() @IsString() city?: string;
}

class ListQuery {
  @IsOptional() @IsString() q?: string;
}

@Controller('audited')
class AuditedController {
  @Post()
  create(@Body() dto: GoodDto): GoodDto {
    return dto;
  }

  @Patch()
  update(@Body() dto: LegacyDto, @Query() query: ListQuery): [LegacyDto, ListQuery] {
    return [dto, query];
  }
}

describe('auditHttpInputs', () => {
  const audit = auditHttpInputs([AuditedController, 'not a class']);

  it('finds every body and query DTO, nested ones included', () => {
    expect(audit.dtos).toEqual(['ContactDto', 'CountsDto', 'GoodDto', 'LegacyDto', 'ListQuery']);
    expect(audit.nestedProperties).toEqual(['GoodDto.contacts', 'GoodDto.counts']);
  });

  it('reports nested objects without the guard, decimal checks that throw and body fields that let null through untyped', () => {
    expect(audit.problems).toEqual([
      'LegacyDto.counts: accepts null; use @IfPresent() (or type it `| null` where null clears the value)',
      'LegacyDto.counts: a nested object must be declared with @NestedObject or @NestedObjectList',
      'LegacyDto.extra: a nested object must be declared with @NestedObject or @NestedObjectList',
      'LegacyDto.amount: @IsNumber({maxDecimalPlaces}) throws on exponent notation; use @IsFiniteNumber',
      'LegacyDto.note: accepts null; use @IfPresent() (or type it `| null` where null clears the value)',
    ]);
  });
});

class LooseDto {
  // IsOptional lets null through before the guard can refuse it.
  @IsOptional() @NestedObject(() => CountsDto, { optional: true }) counts?: CountsDto;
}

@Controller('loose')
class LooseController {
  @Post()
  create(@Body() dto: LooseDto): LooseDto {
    return dto;
  }
}

describe('auditHttpInputs on a guard that another decorator undoes', () => {
  it('reports the values it let through, found by validating them', () => {
    expect(auditHttpInputs([LooseController]).problems).toEqual(['LooseDto.counts: accepts null']);
  });
});
