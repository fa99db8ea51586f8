import type { ProjectionBookkeeping } from '@icn/messaging';
import { ApiProperty } from '@nestjs/swagger';

/**
 * How current this directory entry is. Exposed because the directory is eventually consistent: a
 * client (or a test) can see which membership change it reflects and that none was applied twice.
 */
export class DirectorySyncView {
  @ApiProperty({ description: 'Membership sequence (aggregate version) of the last applied event.', example: 3 })
  lastSequence!: number;

  @ApiProperty({ description: 'How many membership events changed this entry.', example: 3 })
  appliedEvents!: number;

  @ApiProperty({ description: 'When membership made the last applied change (event time).', format: 'date-time' })
  updatedAt!: string;
}

export function toSyncView(document: ProjectionBookkeeping): DirectorySyncView {
  return { lastSequence: document.lastSequence, appliedEvents: document.appliedEvents, updatedAt: document.updatedAt };
}
