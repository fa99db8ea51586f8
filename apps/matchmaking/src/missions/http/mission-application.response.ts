import { MISSION_APPLICATION_STATUSES, type MissionApplicationStatus, type MissionApplicationV1 } from '@icn/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One organisation's application to travel on a mission, and the organiser's decision on it. */
export class MissionApplicationResponse implements MissionApplicationV1 {
  @ApiProperty({ format: 'uuid' }) applicationId!: string;
  @ApiProperty({ format: 'uuid', description: 'The applicant organisation.' }) organisationId!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty({ example: 'clean', description: 'The applicant’s cluster when it applied.' }) clusterId!: string;
  @ApiProperty() motivation!: string;
  @ApiProperty({ type: [String], description: 'Names of the people who would travel.' }) travellers!: string[];
  @ApiProperty({ enum: MISSION_APPLICATION_STATUSES }) status!: MissionApplicationStatus;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'Position on the reserve list (1 = promoted first); only while the status is reserve.' })
  reserveRank?: number;
  @ApiProperty({ description: 'The subject that applied (a member or its cluster manager).' }) submittedBy!: string;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'When the organiser last decided on it.' }) decidedAt?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'When it moved from the reserve list to selected.' }) promotedAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) withdrawnAt?: string;
}
