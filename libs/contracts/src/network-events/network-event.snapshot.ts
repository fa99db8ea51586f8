// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { CLUSTER_ID_PATTERN } from '../vocabulary/vocabulary';
import {
  EVENT_DATE_PATTERN,
  MAX_EVENT_REGISTRATIONS,
  NETWORK_EVENT_KINDS,
  NETWORK_EVENT_STATUSES,
  REGISTRATION_STATUSES,
  type NetworkEventKind,
  type NetworkEventStatus,
  type RegistrationStatus,
} from './network-event.vocabulary';

/** Where the event takes place. */
export class NetworkEventPlaceV1 {
  /** Venue name and address as attendees should read it. */
  @IsString()
  @Length(1, 300)
  venue!: string;

  @IsString()
  @Length(1, 120)
  city!: string;

  /** ISO 3166-1 alpha-2, upper case. */
  @IsISO31661Alpha2()
  country!: string;
}

/** One person registered by (or for) a member organisation. */
export class NetworkEventRegistrationV1 {
  @IsUUID()
  registrationId!: string;

  @IsUUID()
  organisationId!: string;

  @IsString()
  @Length(1, 200)
  organisationName!: string;

  /** The organisation's cluster when it registered (the annual report counts attendance by it). */
  @Matches(CLUSTER_ID_PATTERN)
  clusterId!: string;

  /** The person who will attend. */
  @IsString()
  @Length(1, 200)
  participantName!: string;

  @IsIn(REGISTRATION_STATUSES)
  status!: RegistrationStatus;

  /** Position on the waiting list (1 = next seat); present only while `waiting`. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_EVENT_REGISTRATIONS)
  waitingRank?: number;

  /** Recorded after the event for confirmed registrations: present or not. */
  @IsOptional()
  @IsBoolean()
  attended?: boolean;

  /** The authenticated subject that registered (the member or its cluster manager). */
  @IsString()
  @Length(1, 200)
  registeredBy!: string;

  @IsISO8601({ strict: true })
  registeredAt!: string;

  /** When it moved from the waiting list to a seat. */
  @IsOptional()
  @IsISO8601({ strict: true })
  promotedAt?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  cancelledAt?: string;
}

/**
 * The full state of a network event after a change, its registration list included (the event is
 * one aggregate, so that seats are claimed by one commit each and never exceed capacity): consumers
 * (the annual report, a cluster CRM) replace their copy with it and need no other source.
 */
export class NetworkEventSnapshotV1 {
  @IsUUID()
  eventId!: string;

  @IsIn(NETWORK_EVENT_KINDS)
  kind!: NetworkEventKind;

  @IsString()
  @Length(1, 200)
  title!: string;

  @IsString()
  @Length(0, 5000)
  description!: string;

  /** The cluster that hosts it (its manager runs registration and records attendance). */
  @Matches(CLUSTER_ID_PATTERN)
  hostClusterId!: string;

  @ValidateNested()
  @Type(() => NetworkEventPlaceV1)
  place!: NetworkEventPlaceV1;

  /** First day (inclusive, YYYY-MM-DD, local to `timeZone`). */
  @Matches(EVENT_DATE_PATTERN)
  from!: string;

  /** Last day (inclusive, YYYY-MM-DD); not before `from`. */
  @Matches(EVENT_DATE_PATTERN)
  to!: string;

  /** IANA time zone of the place, e.g. Europe/Madrid. */
  @IsString()
  @Length(1, 64)
  timeZone!: string;

  /** Seats: confirmed registrations never exceed it; the rest wait in order. */
  @IsInt()
  @Min(1)
  @Max(MAX_EVENT_REGISTRATIONS)
  capacity!: number;

  @IsIn(NETWORK_EVENT_STATUSES)
  status!: NetworkEventStatus;

  @IsArray()
  @ArrayMaxSize(MAX_EVENT_REGISTRATIONS)
  @ValidateNested({ each: true })
  @Type(() => NetworkEventRegistrationV1)
  registrations!: NetworkEventRegistrationV1[];

  /** The authenticated subject that scheduled it (a cluster manager or the secretariat). */
  @IsString()
  @Length(1, 200)
  createdBy!: string;

  @IsISO8601({ strict: true })
  createdAt!: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  heldAt?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  cancelledAt?: string;

  @IsOptional()
  @IsString()
  @Length(1, 2000)
  cancellationReason?: string;

  /** The aggregate version this snapshot describes (equal to the event's `sequence`). */
  @IsInt()
  @Min(1)
  version!: number;

  @IsISO8601({ strict: true })
  updatedAt!: string;
}
