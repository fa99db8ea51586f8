import { IfPresent, NestedObject, Trim } from '@icn/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, IsUUID, Length } from 'class-validator';
import { CallDto } from './call.dto';
import { EligibilityRulesDto } from './eligibility-rules.dto';

/** Give exactly one of `opportunityId` (a funding call) and `call` (entered by hand). */
export class CreateConsortiumDto {
  @ApiProperty({ example: 'CLUSTER-GO: five cleantech clusters go international' })
  @Trim()
  @IsString()
  @Length(1, 200)
  title!: string;

  @ApiProperty({ format: 'uuid', description: 'The lead organisation (yours, or one of your cluster’s); it becomes the coordinator.' })
  @IsUUID()
  leadOrganisationId!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A published funding-call opportunity to build on.' })
  @IfPresent()
  @IsUUID()
  opportunityId?: string;

  @ApiPropertyOptional({ example: 'COSME', description: 'With opportunityId: the programme name (the opportunity has none); defaults to "unspecified".' })
  @IfPresent()
  @Trim()
  @IsString()
  @Length(1, 200)
  programme?: string;

  @ApiPropertyOptional({ type: CallDto, description: 'A call entered by hand, instead of opportunityId.' })
  @NestedObject(() => CallDto, { optional: true })
  call?: CallDto;

  @ApiProperty({ type: EligibilityRulesDto })
  @NestedObject(() => EligibilityRulesDto)
  rules!: EligibilityRulesDto;
}
