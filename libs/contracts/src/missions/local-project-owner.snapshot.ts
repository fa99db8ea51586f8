// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsISO8601, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';

/** Whom the delegates (and the organiser) contact about a local project. */
export class LocalProjectContactV1 {
  @IsString()
  @Length(1, 200)
  name!: string;

  @IsEmail()
  @Length(3, 320)
  email!: string;

  @IsOptional()
  @IsString()
  @Length(3, 50)
  phone?: string;
}

/**
 * A local project owner at the destination the delegates come to meet (a city department, a
 * developer, a utility). Not necessarily an ICN member: `organisationId` is set only when it is.
 */
export class LocalProjectOwnerV1 {
  @IsUUID()
  ownerId!: string;

  @IsString()
  @Length(1, 200)
  name!: string;

  /** The owner's organisation in the directory, when it is a member. */
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @IsString()
  @Length(1, 5000)
  projectDescription!: string;

  /** What the project is looking for (technologies, partners, finance), one short item each. */
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  needs!: string[];

  @ValidateNested()
  @Type(() => LocalProjectContactV1)
  contactPerson!: LocalProjectContactV1;

  /** The authenticated subject that added it (the host cluster's manager or the secretariat). */
  @IsString()
  @Length(1, 200)
  addedBy!: string;

  @IsISO8601({ strict: true })
  addedAt!: string;
}
