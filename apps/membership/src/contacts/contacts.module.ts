import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module';
import { ContactsService } from './contacts.service';
import { ContactsController } from './http/contacts.controller';

@Module({
  imports: [OrganisationsModule],
  controllers: [ContactsController],
  providers: [ContactsService],
})
export class ContactsModule {}
