// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsFiniteNumber } from '../validation/finite-number';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { CLUSTER_ID_PATTERN, COMPANY_SIZES, HELIX_TYPES, type CompanySize, type HelixType } from '../vocabulary/vocabulary';
import {
  BUDGET_CATEGORIES,
  CALL_SOURCES,
  CONSORTIUM_DATE_PATTERN,
  CONSORTIUM_ROLES,
  CONSORTIUM_STATUSES,
  INVITABLE_ROLES,
  INVITATION_STATUSES,
  SECTION_KEY_PATTERN,
  SECTION_STATUSES,
  type BudgetCategory,
  type CallSource,
  type ConsortiumRole,
  type ConsortiumStatus,
  type InvitableRole,
  type InvitationStatus,
  type SectionStatus,
} from './consortium.vocabulary';

/**
 * Euro amounts: whole cents (IsFiniteNumber: class-validator's maxDecimalPlaces throws on 1e-7,
 * a consumer crash rather than a rejection), at most ten thousand billion.
 */
const EUR = { allowNaN: false, allowInfinity: false } as const;
const CENTS = { maxDecimalPlaces: 2 } as const;

/** The call or programme the consortium applies to. */
export class ConsortiumCallV1 {
  @IsIn(CALL_SOURCES)
  source!: CallSource;

  /** The `funding-call` opportunity it was built on (source `opportunity`). */
  @IsOptional()
  @IsUUID()
  opportunityId?: string;

  /** e.g. COSME, Horizon Europe, LIFE. */
  @IsString()
  @Length(1, 200)
  programme!: string;

  @IsString()
  @Length(1, 500)
  topic!: string;

  /** When applications close (an instant). */
  @IsISO8601({ strict: true })
  deadline!: string;

  /** The call's total budget in EUR, when known. */
  @IsOptional()
  @IsNumber(EUR)
  @IsFiniteNumber(CENTS)
  @Min(0)
  @Max(1e13)
  budgetEur?: number;
}

/**
 * What the programme requires of the partnership. Counted over beneficiaries only (coordinator and
 * partners): associated partners and subcontractors receive no grant and programmes do not count them.
 */
export class EligibilityRulesV1 {
  /** Beneficiaries needed, the coordinator included. */
  @IsInt()
  @Min(1)
  @Max(100)
  minPartners!: number;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  maxPartners?: number;

  /** Distinct countries the beneficiaries must come from. */
  @IsInt()
  @Min(1)
  @Max(100)
  minCountries!: number;

  /** Each listed helix type needs at least one beneficiary of that type. */
  @IsArray()
  @IsIn(HELIX_TYPES, { each: true })
  @ArrayMaxSize(HELIX_TYPES.length)
  requiredHelixTypes!: HelixType[];

  /** Minimum share of beneficiaries that are SMEs, in percent (by head count, not by budget). */
  @IsNumber(EUR)
  @IsFiniteNumber(CENTS)
  @Min(0)
  @Max(100)
  minSmeSharePercent!: number;
}

/** An organisation in the consortium, as the directory described it when it joined. */
export class ConsortiumMemberV1 {
  @IsUUID()
  organisationId!: string;

  @IsString()
  @Length(1, 200)
  organisationName!: string;

  @Matches(CLUSTER_ID_PATTERN)
  clusterId!: string;

  @IsISO31661Alpha2()
  country!: string;

  @IsIn(HELIX_TYPES)
  helixType!: HelixType;

  @IsOptional()
  @IsIn(COMPANY_SIZES)
  companySize?: CompanySize;

  @IsIn(CONSORTIUM_ROLES)
  role!: ConsortiumRole;

  @IsISO8601({ strict: true })
  joinedAt!: string;
}

export class ConsortiumInvitationV1 {
  @IsUUID()
  invitationId!: string;

  @IsUUID()
  organisationId!: string;

  @IsString()
  @Length(1, 200)
  organisationName!: string;

  @Matches(CLUSTER_ID_PATTERN)
  clusterId!: string;

  @IsIn(INVITABLE_ROLES)
  role!: InvitableRole;

  /** `pending` past `expiresAt` means expired (see INVITATION_STATUSES). */
  @IsIn(INVITATION_STATUSES)
  status!: InvitationStatus;

  @IsString()
  @Length(1, 200)
  invitedBy!: string;

  @IsISO8601({ strict: true })
  invitedAt!: string;

  @IsISO8601({ strict: true })
  expiresAt!: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  respondedAt?: string;
}

/** One part of the application text, with who writes it and by when. */
export class ApplicationSectionV1 {
  @Matches(SECTION_KEY_PATTERN)
  key!: string;

  @IsString()
  @Length(1, 200)
  title!: string;

  /** A member organisation. */
  @IsUUID()
  ownerOrganisationId!: string;

  @Matches(CONSORTIUM_DATE_PATTERN)
  dueDate!: string;

  @IsIn(SECTION_STATUSES)
  status!: SectionStatus;
}

export class BudgetLineV1 {
  @IsUUID()
  organisationId!: string;

  @IsIn(BUDGET_CATEGORIES)
  category!: BudgetCategory;

  @IsNumber(EUR)
  @IsFiniteNumber(CENTS)
  @Min(0)
  @Max(1e13)
  amountEur!: number;
}

export class GrantShareV1 {
  @IsUUID()
  organisationId!: string;

  @IsNumber(EUR)
  @IsFiniteNumber(CENTS)
  @Min(0)
  @Max(1e13)
  amountEur!: number;
}

/** The grant awarded; the shares add up to the total exactly (to the cent). */
export class ConsortiumGrantV1 {
  @IsNumber(EUR)
  @IsFiniteNumber(CENTS)
  @Min(0)
  @Max(1e13)
  totalEur!: number;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => GrantShareV1)
  @ArrayMaxSize(100)
  shares!: GrantShareV1[];
}

/**
 * The full state of a consortium after a change: consumers (a cluster CRM, the yearly report)
 * replace their copy with it and need no other source.
 */
export class ConsortiumSnapshotV1 {
  @IsUUID()
  consortiumId!: string;

  /** Project title or acronym. */
  @IsString()
  @Length(1, 200)
  title!: string;

  @ValidateNested()
  @Type(() => ConsortiumCallV1)
  call!: ConsortiumCallV1;

  @ValidateNested()
  @Type(() => EligibilityRulesV1)
  rules!: EligibilityRulesV1;

  @IsIn(CONSORTIUM_STATUSES)
  status!: ConsortiumStatus;

  /** The lead organisation; also in `members` with role `coordinator`. */
  @IsUUID()
  coordinatorOrganisationId!: string;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ConsortiumMemberV1)
  @ArrayMaxSize(200)
  members!: ConsortiumMemberV1[];

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ConsortiumInvitationV1)
  @ArrayMaxSize(1000)
  invitations!: ConsortiumInvitationV1[];

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ApplicationSectionV1)
  @ArrayMaxSize(50)
  sections!: ApplicationSectionV1[];

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => BudgetLineV1)
  @ArrayMaxSize(2000)
  budgetLines!: BudgetLineV1[];

  @IsOptional()
  @ValidateNested()
  @Type(() => ConsortiumGrantV1)
  grant?: ConsortiumGrantV1;

  /** The funder's feedback on a rejection. */
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  feedback?: string;

  @IsOptional()
  @IsString()
  @Length(1, 2000)
  withdrawalReason?: string;

  /** The authenticated subject that created it. */
  @IsString()
  @Length(1, 200)
  createdBy!: string;

  /** The aggregate version this snapshot describes (equal to the event's `sequence`). */
  @IsInt()
  @Min(1)
  version!: number;

  @IsISO8601({ strict: true })
  createdAt!: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  draftingStartedAt?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  submittedAt?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  reserveListedAt?: string;

  /** When the final outcome (granted, rejected, withdrawn) was recorded. */
  @IsOptional()
  @IsISO8601({ strict: true })
  closedAt?: string;

  @IsISO8601({ strict: true })
  updatedAt!: string;
}
