// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsISO31661Alpha2, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Min, ValidateNested } from 'class-validator';
import { HELIX_TYPES, SECTORS, type HelixType, type Sector } from '../vocabulary/vocabulary';
import { REQUIREMENT_KEY_PATTERN } from './network.vocabulary';

/** Who may apply. Each list narrows: an empty list does not restrict (every sector, helix type, country). */
export class ProgrammeEligibilityV1 {
  /** The applicant must work in at least one of these sectors. */
  @IsArray()
  @IsIn(SECTORS, { each: true })
  @ArrayMaxSize(SECTORS.length)
  sectors!: Sector[];

  @IsArray()
  @IsIn(HELIX_TYPES, { each: true })
  @ArrayMaxSize(HELIX_TYPES.length)
  helixTypes!: HelixType[];

  @IsArray()
  @IsISO31661Alpha2({ each: true })
  @ArrayMaxSize(250)
  countries!: string[];
}

/** When applications may be drafted and submitted: from `opensAt` (inclusive) to `closesAt` (exclusive). */
export class CallWindowV1 {
  @IsISO8601({ strict: true })
  opensAt!: string;

  @IsISO8601({ strict: true })
  closesAt!: string;
}

/** One thing the partner needs from an application (a pitch, references, a pilot city); each is answered before submission. */
export class ProgrammeRequirementV1 {
  @Matches(REQUIREMENT_KEY_PATTERN)
  key!: string;

  @IsString()
  @Length(1, 200)
  title!: string;

  @IsOptional()
  @IsString()
  @Length(1, 2000)
  description?: string;
}

/** A programme members apply to through the network (the C40 city solutions platform, a solution label): its full state after a change. */
export class ProgrammeSnapshotV1 {
  @IsUUID()
  programmeId!: string;

  @IsUUID()
  partnerId!: string;

  /** The partner's name when the programme last changed. */
  @IsString()
  @Length(2, 200)
  partnerName!: string;

  @IsString()
  @Length(2, 200)
  title!: string;

  @IsOptional()
  @IsString()
  @Length(1, 4000)
  description?: string;

  @ValidateNested()
  @Type(() => ProgrammeEligibilityV1)
  eligibility!: ProgrammeEligibilityV1;

  @ValidateNested()
  @Type(() => CallWindowV1)
  callWindow!: CallWindowV1;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ProgrammeRequirementV1)
  @ArrayMaxSize(30)
  requirements!: ProgrammeRequirementV1[];

  @IsISO8601({ strict: true })
  registeredAt!: string;

  @IsISO8601({ strict: true })
  updatedAt!: string;

  @IsInt()
  @Min(1)
  version!: number;
}
