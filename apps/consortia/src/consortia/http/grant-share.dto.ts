import { IsFiniteNumber } from '@icn/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsUUID, Max, Min } from 'class-validator';

export class GrantShareDto {
  @ApiProperty({ format: 'uuid', description: 'A beneficiary (the coordinator or a partner).' })
  @IsUUID()
  organisationId!: string;

  @ApiProperty({ example: 90_000 })
  @IsFiniteNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(1e13)
  amountEur!: number;
}
