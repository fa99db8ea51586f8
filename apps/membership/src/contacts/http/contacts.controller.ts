import { CurrentPrincipal, Idempotent, Roles, UuidParam, type Principal } from '@icn/platform';
import { Body, Controller, Delete, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Contact } from '../../organisations/domain/organisation';
import { ContactsService } from '../contacts.service';
import { AddContactDto } from './add-contact.dto';
import { ContactResponse } from './contact.response';
import { UpdateContactDto } from './update-contact.dto';

/** An organisation's contact persons: managed by its cluster (or the secretariat) and by the member itself. */
@ApiTags('organisations')
@ApiBearerAuth()
@Controller('organisations/:organisationId/contacts')
@Roles('network-admin', 'cluster-manager', 'member')
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @Post()
  @Idempotent()
  @ApiOperation({ summary: 'Add a contact (emits ContactAdded)' })
  @ApiCreatedResponse({ type: ContactResponse })
  @ApiConflictResponse({ description: 'Same email already listed, too many contacts, or the organisation has left.' })
  add(
    @CurrentPrincipal() principal: Principal,
    @Param('organisationId', UuidParam) organisationId: string,
    @Body() dto: AddContactDto,
  ): Promise<Contact> {
    return this.contacts.add(principal, organisationId, dto);
  }

  @Patch(':contactId')
  @ApiOperation({ summary: 'Change a contact: name, role, e-mail or phone (emits ContactUpdated when something changed)' })
  @ApiOkResponse({ type: ContactResponse })
  @ApiConflictResponse({ description: "Another contact's e-mail, or the organisation has left." })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('organisationId', UuidParam) organisationId: string,
    @Param('contactId', UuidParam) contactId: string,
    @Body() dto: UpdateContactDto,
  ): Promise<Contact> {
    return this.contacts.update(principal, organisationId, contactId, dto);
  }

  @Delete(':contactId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a contact (emits ContactRemoved)' })
  @ApiNoContentResponse()
  remove(
    @CurrentPrincipal() principal: Principal,
    @Param('organisationId', UuidParam) organisationId: string,
    @Param('contactId', UuidParam) contactId: string,
  ): Promise<void> {
    return this.contacts.remove(principal, organisationId, contactId);
  }
}
