import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';

/** Member counts by helix type, as the cluster reports them (not derived from our directory). */
export class HelixCountsDto {
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) companies!: number;
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) publicAuthorities!: number;
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) researchInstitutions!: number;
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) other!: number;
}
