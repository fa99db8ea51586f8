import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class LeaveConsortiumDto {
  @ApiProperty({ format: 'uuid', description: 'The member organisation that leaves (yours, or one of your cluster’s).' })
  @IsUUID()
  organisationId!: string;
}
