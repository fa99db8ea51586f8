import { INVITABLE_ROLES, type InvitableRole } from '@icn/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';

export class InviteOrganisationDto {
  @ApiProperty({ format: 'uuid', description: 'An active organisation of the directory.' })
  @IsUUID()
  organisationId!: string;

  @ApiProperty({ enum: INVITABLE_ROLES })
  @IsIn(INVITABLE_ROLES)
  role!: InvitableRole;
}
