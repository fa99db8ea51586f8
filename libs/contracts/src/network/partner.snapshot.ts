// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { IsInt, IsISO31661Alpha2, IsISO8601, IsOptional, IsString, IsUrl, IsUUID, Length, Min } from 'class-validator';

/** A partner organisation of the network (C40, the World Alliance, Urban Future Lab, …): its full state after a change. */
export class PartnerSnapshotV1 {
  @IsUUID()
  partnerId!: string;

  @IsString()
  @Length(2, 200)
  name!: string;

  @IsOptional()
  @IsString()
  @Length(1, 4000)
  description?: string;

  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  website?: string;

  /** Where the partner is based. */
  @IsOptional()
  @IsISO31661Alpha2()
  country?: string;

  @IsISO8601({ strict: true })
  registeredAt!: string;

  @IsISO8601({ strict: true })
  updatedAt!: string;

  /** The partner's version: 1 when registered, one more with each change. */
  @IsInt()
  @Min(1)
  version!: number;
}
