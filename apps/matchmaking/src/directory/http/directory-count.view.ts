import { ApiProperty } from '@nestjs/swagger';

export class DirectoryCountView {
  @ApiProperty({ description: 'Number of entries matching the filters.' })
  total!: number;
}
