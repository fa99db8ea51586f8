import type { Aggregate } from '@icn/messaging';
import { decodeKeysetCursor, DEFAULT_PAGE_SIZE, DomainNotFoundError, toKeysetPage, type KeysetPage, type KeysetPageQuery } from '@icn/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { registerPartner, updatePartner, type PartnerProfile, type PartnerState } from './domain/partner';
import { PARTNER_AGGREGATE } from './persistence/partner.aggregate';
import { PartnerRepository } from './persistence/partner.repository';

/** Registering, describing and reading partner organisations. @Roles on the controller says who may call. */
@Injectable()
export class PartnersService {
  constructor(
    private readonly partners: PartnerRepository,
    @Inject(PARTNER_AGGREGATE) private readonly aggregate: Aggregate<PartnerState>,
  ) {}

  register(profile: PartnerProfile): Promise<PartnerState> {
    return this.aggregate.create(registerPartner(randomUUID(), profile, new Date()));
  }

  update(partnerId: string, profile: PartnerProfile): Promise<PartnerState> {
    return this.aggregate.modify(partnerId, (current) => updatePartner(current, profile, new Date()));
  }

  async get(partnerId: string): Promise<PartnerState> {
    const partner = await this.aggregate.find(partnerId);
    if (partner === null) throw new DomainNotFoundError(`partner ${partnerId} not found`);
    return partner;
  }

  async list(query: KeysetPageQuery): Promise<KeysetPage<PartnerState>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.partners.list(limit, decodeKeysetCursor(query.cursor));
    return toKeysetPage(rows, limit, (row) => ({ key: row.name, id: row.partnerId }));
  }
}
