// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Min } from 'class-validator';
import { CLUSTER_ID_PATTERN } from '../vocabulary/vocabulary';
import { MAX_TRAVELLERS_PER_APPLICATION, MISSION_APPLICATION_STATUSES, type MissionApplicationStatus } from './mission.vocabulary';

/** One organisation's application to travel on a mission, and the organiser's decision on it. */
export class MissionApplicationV1 {
  @IsUUID()
  applicationId!: string;

  /** The applicant organisation (a member, from the directory). */
  @IsUUID()
  organisationId!: string;

  @IsString()
  @Length(1, 200)
  organisationName!: string;

  /** The applicant's cluster when it applied. */
  @Matches(CLUSTER_ID_PATTERN)
  clusterId!: string;

  @IsString()
  @Length(1, 2000)
  motivation!: string;

  /** Names of the people who would travel (the delegates the host will meet). */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_TRAVELLERS_PER_APPLICATION)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  travellers!: string[];

  @IsIn(MISSION_APPLICATION_STATUSES)
  status!: MissionApplicationStatus;

  /** Position on the reserve list (1 = promoted first); present only while the status is reserve. */
  @IsOptional()
  @IsInt()
  @Min(1)
  reserveRank?: number;

  /** The authenticated subject that applied (a member or its cluster manager). */
  @IsString()
  @Length(1, 200)
  submittedBy!: string;

  @IsISO8601({ strict: true })
  submittedAt!: string;

  /** When the organiser last decided on it (selection decisions can be revised until published). */
  @IsOptional()
  @IsISO8601({ strict: true })
  decidedAt?: string;

  /** When it moved from the reserve list to selected because a selected delegate withdrew. */
  @IsOptional()
  @IsISO8601({ strict: true })
  promotedAt?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  withdrawnAt?: string;
}
