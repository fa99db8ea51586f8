import { ApiProperty } from '@nestjs/swagger';
import type { HostCapacity } from '../persistence/host-capacity.repository';

/** How many visitors a host cluster seats per day. */
export class HostCapacityResponse implements HostCapacity {
  @ApiProperty({ example: 'tweed' }) hostClusterId!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) desksPerDay!: number;
  @ApiProperty({ description: 'False while the host uses the default capacity (it never set one).' }) configured!: boolean;
}
