import type { LocalProjectContactV1, LocalProjectOwnerV1 } from '@icn/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class LocalProjectContactResponse implements LocalProjectContactV1 {
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiPropertyOptional() phone?: string;
}

/** A local project owner at the destination the delegates come to meet (not necessarily an ICN member). */
export class LocalProjectOwnerResponse implements LocalProjectOwnerV1 {
  @ApiProperty({ format: 'uuid' }) ownerId!: string;
  @ApiProperty() name!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The owner’s organisation in the directory, when it is a member.' }) organisationId?: string;
  @ApiProperty() projectDescription!: string;
  @ApiProperty({ type: [String], description: 'What the project is looking for, one short item each.' }) needs!: string[];
  @ApiProperty({ type: LocalProjectContactResponse }) contactPerson!: LocalProjectContactResponse;
  @ApiProperty({ description: 'The subject that added it (the host cluster’s manager or the secretariat).' }) addedBy!: string;
  @ApiProperty({ format: 'date-time' }) addedAt!: string;
}
