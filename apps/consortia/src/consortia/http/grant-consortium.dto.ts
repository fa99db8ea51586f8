import { IsFiniteNumber, NestedObjectList } from '@icn/platform';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, Max, Min } from 'class-validator';
import { GrantShareDto } from './grant-share.dto';

/** The shares must add up to the total exactly (to the cent). */
export class GrantConsortiumDto {
  @ApiProperty({ example: 450_000 })
  @IsFiniteNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(1e13)
  totalEur!: number;

  @ApiProperty({ type: [GrantShareDto] })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @NestedObjectList(() => GrantShareDto)
  shares!: GrantShareDto[];
}
