import { Module } from '@nestjs/common';
import { CommonModule } from '../common/common.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { ContactsController } from './contacts.controller';
import { ContactsService } from './contacts.service';

@Module({
  imports: [CommonModule, OrganisationsModule],
  controllers: [ContactsController],
  providers: [ContactsService],
})
export class ContactsModule {}
