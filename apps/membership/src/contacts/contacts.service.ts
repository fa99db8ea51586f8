import { assertOrganisationScope, type Principal } from '@icn/platform';
import { Injectable, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AggregateWriter } from '../common/aggregate-writer';
import type { Contact } from '../organisations/organisation';
import { OrganisationRepository } from '../organisations/organisation.repository';
import { addContact, removeContact } from './contact-book';
import type { AddContactDto } from './dto/add-contact.dto';

/** Contacts live inside the organisation aggregate, so each change is an organisation write. */
@Injectable()
export class ContactsService {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly writer: AggregateWriter,
  ) {}

  async add(principal: Principal, organisationId: string, dto: AddContactDto): Promise<Contact> {
    const contact: Contact = { contactId: randomUUID(), name: dto.name, role: dto.role, email: dto.email, phone: dto.phone };
    const state = await this.writer.modify(this.organisations, 'organisation', organisationId, (current) => {
      assertOrganisationScope(principal, current, 'manage');
      return addContact(current, contact, new Date());
    });
    const added = state.contacts.find((candidate) => candidate.contactId === contact.contactId);
    if (!added) throw new Error(`contact ${contact.contactId} missing after a successful write`);
    return added;
  }

  async remove(principal: Principal, organisationId: string, contactId: string): Promise<void> {
    await this.writer.modify(this.organisations, 'organisation', organisationId, (current) => {
      assertOrganisationScope(principal, current, 'manage');
      const change = removeContact(current, contactId, new Date());
      if (!change) throw new NotFoundException(`contact ${contactId} not found in organisation ${organisationId}`);
      return change;
    });
  }
}
