import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsNumber, Max, Min, ValidateNested } from 'class-validator';
import { GrantShareDto } from './grant-share.dto';

/** The shares must add up to the total exactly (to the cent). */
export class GrantConsortiumDto {
  @ApiProperty({ example: 450_000 })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(1e13)
  totalEur!: number;

  @ApiProperty({ type: [GrantShareDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => GrantShareDto)
  shares!: GrantShareDto[];
}
