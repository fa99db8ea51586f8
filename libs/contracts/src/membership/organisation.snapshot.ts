// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { JSONSchema } from 'class-validator-jsonschema';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  CLUSTER_ID_PATTERN,
  COMPANY_SIZES,
  HELIX_TYPES,
  ORGANISATION_STATUSES,
  SECTORS,
  TAG_PATTERN,
  type CompanySize,
  type HelixType,
  type OrganisationStatus,
  type Sector,
} from '../vocabulary/vocabulary';
import type { JsonSchema } from '../json-schema/json-schema';
import { ContactSnapshotV1 } from './contact.snapshot';

const COMPANY_SIZE_REQUIRED_FOR_COMPANIES: JsonSchema = {
  if: { required: ['helixType'], properties: { helixType: { const: 'company' } } },
  then: { required: ['companySize'] },
};

/** The full state of a member organisation after a change: consumers replace their copy with it. */
// The @ValidateIf on companySize below, stated for JSON Schema readers: a property-level schema cannot
// say "required when another property has a value". (Merged by function because the decorator's
// OpenAPI 3.0 typing has no `if`/`then`, which JSON Schema draft-07 and AsyncAPI do have.)
@JSONSchema((schema) => Object.assign({}, schema, COMPANY_SIZE_REQUIRED_FOR_COMPANIES))
export class OrganisationSnapshotV1 {
  @IsUUID()
  organisationId!: string;

  @Matches(CLUSTER_ID_PATTERN)
  clusterId!: string;

  @IsString()
  @Length(2, 200)
  name!: string;

  @IsIn(HELIX_TYPES)
  helixType!: HelixType;

  /** Required for companies (SME or large), absent otherwise. */
  @ValidateIf((organisation: OrganisationSnapshotV1) => organisation.helixType === 'company' || organisation.companySize !== undefined)
  @IsIn(COMPANY_SIZES)
  companySize?: CompanySize;

  @IsISO31661Alpha2()
  country!: string;

  @IsOptional()
  @IsString()
  @Length(1, 120)
  city?: string;

  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  website?: string;

  @IsOptional()
  @IsString()
  @Length(0, 4000)
  description?: string;

  @IsArray()
  @IsIn(SECTORS, { each: true })
  @ArrayMaxSize(SECTORS.length)
  sectors!: Sector[];

  @IsArray()
  @Matches(TAG_PATTERN, { each: true })
  @ArrayMaxSize(50)
  technologies!: string[];

  /** What the organisation can provide to others (capabilities, products, services). */
  @IsArray()
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  @ArrayMaxSize(30)
  offers!: string[];

  /** What the organisation is looking for (partners, technology, markets, funding). */
  @IsArray()
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  @ArrayMaxSize(30)
  needs!: string[];

  /** Technology readiness level of its main offer, where relevant. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  trl?: number;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ContactSnapshotV1)
  @ArrayMaxSize(50)
  contacts!: ContactSnapshotV1[];

  @IsIn(ORGANISATION_STATUSES)
  status!: OrganisationStatus;

  @IsISO8601({ strict: true })
  joinedAt!: string;
}
