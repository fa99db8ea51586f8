import { assertOrganisationScope, type Principal } from '@icn/platform';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Contact } from '../organisations/domain/organisation';
import { OrganisationAggregate } from '../organisations/persistence/organisation.aggregate';
import { addContact, removeContact, updateContact } from './domain/contact-book';
import type { AddContactDto } from './http/add-contact.dto';
import type { UpdateContactDto } from './http/update-contact.dto';

/** Contacts live inside the organisation aggregate, so each change is an organisation command. */
@Injectable()
export class ContactsService {
  constructor(private readonly organisations: OrganisationAggregate) {}

  async add(principal: Principal, organisationId: string, dto: AddContactDto): Promise<Contact> {
    const contact: Contact = { contactId: randomUUID(), name: dto.name, role: dto.role, email: dto.email, phone: dto.phone };
    const state = await this.organisations.modify(organisationId, (current) => {
      assertOrganisationScope(principal, current, 'manage');
      return addContact(current, contact, new Date());
    });
    const added = state.contacts.find((candidate) => candidate.contactId === contact.contactId);
    if (!added) throw new Error(`contact ${contact.contactId} missing after a successful write`);
    return added;
  }

  async update(principal: Principal, organisationId: string, contactId: string, dto: UpdateContactDto): Promise<Contact> {
    const state = await this.organisations.modify(organisationId, (current) => {
      assertOrganisationScope(principal, current, 'manage');
      return updateContact(current, contactId, { ...dto }, new Date());
    });
    const updated = state.contacts.find((candidate) => candidate.contactId === contactId);
    if (!updated) throw new Error(`contact ${contactId} missing after a successful write`);
    return updated;
  }

  async remove(principal: Principal, organisationId: string, contactId: string): Promise<void> {
    await this.organisations.modify(organisationId, (current) => {
      assertOrganisationScope(principal, current, 'manage');
      return removeContact(current, contactId, new Date());
    });
  }
}
