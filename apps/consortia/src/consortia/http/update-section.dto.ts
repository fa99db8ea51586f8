import { IfPresent, Trim } from '@icn/platform';
import { CONSORTIUM_DATE_PATTERN, SECTION_STATUSES, type SectionStatus } from '@icn/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID, Length, Matches } from 'class-validator';

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

  @ApiPropertyOptional({ example: '2027-04-01' })
  @IfPresent()
  @Matches(CONSORTIUM_DATE_PATTERN, { message: 'dueDate must be a date YYYY-MM-DD' })
  dueDate?: string;

  @ApiPropertyOptional({ enum: SECTION_STATUSES })
  @IfPresent()
  @IsIn(SECTION_STATUSES)
  status?: SectionStatus;
}
