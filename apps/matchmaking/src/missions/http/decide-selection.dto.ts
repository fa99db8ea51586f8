import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsUUID } from 'class-validator';

/** Every live application in exactly one list; the reserve list in promotion order. */
export class DecideSelectionDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Applications selected; at most the mission’s capacity.' })
  @IsArray()
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  selected!: string[];

  @ApiProperty({ type: [String], format: 'uuid', description: 'The reserve list, first promoted first.' })
  @IsArray()
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  reserve!: string[];

  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  rejected!: string[];
}
