import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

export class SetHostCapacityDto {
  @ApiProperty({ minimum: 0, maximum: 100, description: 'Desks offered to visitors per day (0: no desk hosting).' })
  @IsInt()
  @Min(0)
  @Max(100)
  desksPerDay!: number;
}
