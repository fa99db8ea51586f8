import { IsFiniteNumber } from '@icn/platform';
import { BUDGET_CATEGORIES, type BudgetCategory } from '@icn/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, Max, Min } from 'class-validator';

export class BudgetLineDto {
  @ApiProperty({ enum: BUDGET_CATEGORIES })
  @IsIn(BUDGET_CATEGORIES)
  category!: BudgetCategory;

  @ApiProperty({ example: 42_000, description: 'EUR, at most two decimals.' })
  @IsFiniteNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(1e13)
  amountEur!: number;
}
