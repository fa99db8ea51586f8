// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { IsEmail, IsOptional, IsString, IsUUID, Length } from 'class-validator';

/** A person at a member organisation whom other members may contact. */
export class ContactSnapshotV1 {
  @IsUUID()
  contactId!: string;

  @IsString()
  @Length(1, 120)
  name!: string;

  @IsOptional()
  @IsString()
  @Length(1, 120)
  role?: string;

  @IsEmail()
  email!: string;

  @IsOptional()
  @IsString()
  @Length(3, 40)
  phone?: string;
}
