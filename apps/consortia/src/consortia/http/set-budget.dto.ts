import { NestedObjectList } from '@icn/platform';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize } from 'class-validator';
import { BudgetLineDto } from './budget-line.dto';

/** Replaces all of one member's budget lines. */
export class SetBudgetDto {
  @ApiProperty({ type: [BudgetLineDto] })
  @ArrayMaxSize(50)
  @NestedObjectList(() => BudgetLineDto)
  lines!: BudgetLineDto[];
}
