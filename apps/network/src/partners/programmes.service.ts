import type { Aggregate } from '@icn/messaging';
import { decodeKeysetCursor, DEFAULT_PAGE_SIZE, DomainNotFoundError, toKeysetPage, type KeysetPage } from '@icn/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { PartnerState } from './domain/partner';
import { callWindowPhase, programmeDefinitionOf, registerProgramme, updateProgramme, type CallWindowPhase, type ProgrammeDefinition, type ProgrammeState } from './domain/programme';
import type { ListProgrammesQuery } from './http/list-programmes.query';
import { PARTNER_AGGREGATE, PROGRAMME_AGGREGATE } from './persistence/partner.aggregate';
import { ProgrammeRepository } from './persistence/programme.repository';

/** A programme as answered: its state and where its call stands now. */
export type ProgrammeView = ProgrammeState & { callPhase: CallWindowPhase };

/** Registering, changing and reading partners' programmes. */
@Injectable()
export class ProgrammesService {
  constructor(
    private readonly programmes: ProgrammeRepository,
    @Inject(PROGRAMME_AGGREGATE) private readonly aggregate: Aggregate<ProgrammeState>,
    @Inject(PARTNER_AGGREGATE) private readonly partners: Aggregate<PartnerState>,
  ) {}

  async register(input: ProgrammeDefinition & { partnerId: string }): Promise<ProgrammeView> {
    const { partnerId, ...definition } = input;
    programmeDefinitionOf(definition);
    const partner = await this.partner(partnerId);
    const now = new Date();
    return viewOf(await this.aggregate.create(registerProgramme(randomUUID(), { partnerId, name: partner.name }, definition, now)), now);
  }

  /** The partner's current name is taken along, so a renamed partner's programmes say so on their next change. */
  async update(programmeId: string, definition: ProgrammeDefinition): Promise<ProgrammeView> {
    programmeDefinitionOf(definition);
    const next = await this.aggregate.modify(programmeId, async (current) => updateProgramme(current, (await this.partner(current.partnerId)).name, definition, new Date()));
    return viewOf(next, new Date());
  }

  async get(programmeId: string): Promise<ProgrammeView> {
    return viewOf(await this.find(programmeId), new Date());
  }

  /** The programme's newest state (the aggregate's, never a lagging list), or a 404. */
  async find(programmeId: string): Promise<ProgrammeState> {
    const programme = await this.aggregate.find(programmeId);
    if (programme === null) throw new DomainNotFoundError(`programme ${programmeId} not found`);
    return programme;
  }

  async list(query: ListProgrammesQuery): Promise<KeysetPage<ProgrammeView>> {
    const now = new Date();
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const filter = { ...(query.partnerId === undefined ? {} : { partnerId: query.partnerId }), ...(query.open === 'true' ? { openAt: now.toISOString() } : {}) };
    const rows = await this.programmes.list(filter, limit, decodeKeysetCursor(query.cursor));
    const page = toKeysetPage(rows, limit, (row) => ({ key: row.callWindow.closesAt, id: row.programmeId }));
    return { items: page.items.map((row) => viewOf(row, now)), nextCursor: page.nextCursor };
  }

  private async partner(partnerId: string): Promise<PartnerState> {
    const partner = await this.partners.find(partnerId);
    if (partner === null) throw new DomainNotFoundError(`partner ${partnerId} not found`);
    return partner;
  }
}

function viewOf(programme: ProgrammeState, now: Date): ProgrammeView {
  return { ...programme, callPhase: callWindowPhase(programme.callWindow, now) };
}
