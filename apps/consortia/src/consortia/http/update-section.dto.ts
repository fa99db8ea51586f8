import { IfPresent, Trim, IsCalendarDate } from '@icn/platform';
import { SECTION_STATUSES, type SectionStatus } from '@icn/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID, Length } from 'class-validator';

/** Only the given fields change. The owner may change the status; the coordinator side anything. */
export class UpdateSectionDto {
  @ApiPropertyOptional()
  @IfPresent()
  @Trim()
  @IsString()
  @Length(1, 200)
  title?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IfPresent()
  @IsUUID()
  ownerOrganisationId?: string;

  @ApiPropertyOptional({ format: 'date', example: '2027-04-01' })
  @IfPresent()
  @IsCalendarDate()
  dueDate?: string;

  @ApiPropertyOptional({ enum: SECTION_STATUSES })
  @IfPresent()
  @IsIn(SECTION_STATUSES)
  status?: SectionStatus;
}
